package ai.landscape.seed;

/** A curation entry that names a record: its id and names. */
public interface CuratedRecord extends Curated {

    String id();

    String name();

    String nameEn();

    boolean nameEnTranslated();

    String nameZh();

    /**
     * Where nameEn comes from (SEED, TRANSLATION, OFFICIAL); null to take it from nameEnTranslated (TRANSLATION when
     * true, SEED otherwise).
     */
    default String nameEnOrigin() {
        return null;
    }
}
