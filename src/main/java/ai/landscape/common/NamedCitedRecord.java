package ai.landscape.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A record drawn from the essays' prose that has a name: the name as the document writes it, its English name, and
 * the normalised text that search matches.
 */
@MappedSuperclass
public abstract class NamedCitedRecord extends CitedRecord {

    /** The name as the document writes it (each collection says which document, where several cite it). */
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    /** True when {@link #nameEn} is our translation; false when it is the document's own English. */
    @Column(name = "name_en_translated")
    public boolean nameEnTranslated;

    /** Names and aliases, NFKC-normalised and lower-cased, one per line (see {@link SearchText}). */
    @Column(name = "search_text")
    public String searchText;
}
