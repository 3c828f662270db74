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

    public String publisher;

    @Column(name = "publisher_en")
    public String publisherEn;

    public String channel;
    public String url;

    @Column(name = "document_url")
    public String documentUrl;

    /** The date the document states, ISO-8601, or null. */
    public String published;

    @Column(name = "search_text")
    public String searchText;

    /** The titles of seed documents by id, as written and in English (labels of the facets over source ids). */
    public static Map<String, Label> labels(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Source.<Source>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, s -> new Label(s.title, s.titleEn != null ? s.titleEn : s.title)));
    }
}
