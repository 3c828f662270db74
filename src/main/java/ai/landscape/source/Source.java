package ai.landscape.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

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
}
