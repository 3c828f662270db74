package ai.landscape.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every named record of the dataset has: a stable id, its names (as the seed writes it,
 * English, Chinese), where it came from, and the normalised text that search matches.
 */
@MappedSuperclass
public abstract class NamedRecord extends PanacheEntityBase {

    @Id
    public String id;

    /** The name as the seed writes it. */
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    /** True when {@link #nameEn} is our translation or transliteration. */
    @Column(name = "name_en_translated")
    public boolean nameEnTranslated;

    /**
     * Where {@link #nameEn} comes from, a code of NameOrigin: SEED (the seeds write it), TRANSLATION (ours; then
     * {@link #nameEnTranslated}), OFFICIAL (the official name, known outside the seeds).
     */
    @Column(name = "name_en_origin")
    public String nameEnOrigin;

    @Column(name = "name_zh")
    public String nameZh;

    @Embedded
    public Provenance provenance;

    /** Names and aliases, NFKC-normalised and lower-cased, one per line (see {@link SearchText}). */
    @Column(name = "search_text")
    public String searchText;
}
