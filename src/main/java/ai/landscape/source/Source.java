package ai.landscape.source;

import ai.landscape.vocabulary.Label;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** A seed document. */
@Entity
public class Source extends PanacheEntityBase {

    @Id
    public String id;

    public String file;
    public String work;
    public String title;

    @Column(name = "title_en")
    public String titleEn;

    /** Where titleEn comes from, a NameOrigin code; null without a titleEn. */
    @Column(name = "title_en_origin")
    public String titleEnOrigin;

    public String publisher;

    @Column(name = "publisher_en")
    public String publisherEn;

    /** Where publisherEn comes from, a NameOrigin code; null without a publisherEn. */
    @Column(name = "publisher_en_origin")
    public String publisherEnOrigin;

    public String channel;
    public String url;

    @Column(name = "document_url")
    public String documentUrl;

    /** The date the document states, ISO-8601, or null. */
    public String published;

    @Column(name = "search_text")
    public String searchText;

    /**
     * The titles of seed documents by id (labels of the facets over source ids): the title as the document writes it,
     * and its English title, or the same title where the document gives none.
     */
    public static Map<String, Label> labels(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Source.<Source>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, s -> new Label(s.title, s.titleEn != null ? s.titleEn : s.title)));
    }
}
