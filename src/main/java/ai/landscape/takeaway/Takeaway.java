package ai.landscape.takeaway;

import ai.landscape.common.Provenance;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A finding on the US/China gap, or a thing China needs. */
@Entity
public class Takeaway extends PanacheEntityBase {

    @Id
    public String id;

    public String kind;
    public String topic;
    public String text;

    @Column(name = "text_en")
    public String textEn;

    @Embedded
    public Provenance provenance;
}
