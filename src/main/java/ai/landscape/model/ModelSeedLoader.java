package ai.landscape.model;

import ai.landscape.common.Citation;
import ai.landscape.common.SearchText;
import ai.landscape.organization.Organization;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.Names;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.source.Quotes;
import ai.landscape.vocabulary.NameOrigin;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the essays add to the models and organizations that the organizations' loader read from the player tables: the
 * models only an essay names (corpus/models.yaml), and where the essays name organizations and models
 * (corpus/mentions.yaml). It runs after the organizations' loader, on the records that loader added.
 */
public final class ModelSeedLoader {

    /** One entry of corpus/models.yaml: a model an essay names with its maker. */
    public record EssayModel(
            String id,
            String organization,
            String name,
            String nameEn,
            boolean nameEnTranslated,
            String nameEnOrigin,
            List<String> aliases,
            Citation provenance) {}

    /** One entry of corpus/mentions.yaml: the sentences of the essays that name one organization or model. */
    public record MentionEntry(String collection, String id, List<Citation> mentions) {}

    /** A record that mentions may name: its names, and how its mentions are set. */
    private record Mentioned(List<String> names, Consumer<List<Citation>> set) {}

    public static final String MODELS = "corpus/models.yaml";
    public static final String MENTIONS = "corpus/mentions.yaml";

    /** Reads corpus/models.yaml and corpus/mentions.yaml. */
    public static final SeedLoader LOADER = SeedLoader.files(ModelSeedLoader::load, MODELS, MENTIONS);

    private ModelSeedLoader() {}

    public static void load(SeedReader reader, LoadedRecords records) {
        Quotes quotes = Quotes.of(records);
        Map<String, Organization> organizations = new LinkedHashMap<>();
        records.of(Organization.class).forEach(o -> organizations.put(o.id, o));
        Set<String> modelIds = records.of(Model.class).stream().map(m -> m.id).collect(Collectors.toSet());
        int n = 0;
        for (EssayModel e : reader.list(MODELS, new TypeReference<List<EssayModel>>() {})) {
            n++;
            Model m = essayModel(reader, quotes, n, e, organizations.get(e.organization()), modelIds);
            if (m != null) {
                records.add(m);
            }
        }
        Map<String, Mentioned> mentionable = new LinkedHashMap<>();
        for (Organization o : organizations.values()) {
            mentionable.put(
                    "organizations " + o.id,
                    new Mentioned(names(o.name, o.nameEn, o.nameZh, o.aliases), mentions -> o.mentions = mentions));
        }
        for (Model m : records.of(Model.class)) {
            mentionable.put(
                    "models " + m.id,
                    new Mentioned(names(m.name, m.nameEn, m.nameZh, m.aliases), mentions -> m.mentions = mentions));
        }
        Set<String> seen = new HashSet<>();
        n = 0;
        for (MentionEntry e : reader.list(MENTIONS, new TypeReference<List<MentionEntry>>() {})) {
            n++;
            String key = e.collection() + " " + e.id();
            List<Citation> mentions = quotes.check(reader, MENTIONS, n, e.mentions());
            Mentioned record = mentionable.get(key);
            if (!seen.add(key)) {
                reader.problem(MENTIONS, n, key + " is listed twice");
            } else if (record == null) {
                reader.problem(MENTIONS, n, key + " is not an organization or a model");
            } else {
                for (Citation c : mentions) {
                    if (!SearchText.names(c.quote(), record.names().stream())) {
                        reader.problem(
                                MENTIONS,
                                n,
                                "the quote '" + c.quote() + "' of " + c.source() + " does not name " + key);
                    }
                }
                record.set().accept(mentions);
            }
        }
    }

    /**
     * A model an essay names: its id is the organization's id and the slug of its name, as for the models of the
     * tables; the quote says "organization 的 name"; each name and alias is written in the quote or its heading.
     */
    private static Model essayModel(
            SeedReader reader, Quotes quotes, int n, EssayModel e, Organization o, Set<String> modelIds) {
        if (o == null) {
            reader.problem(MODELS, n, "organization '" + e.organization() + "' does not exist");
            return null;
        }
        Model m = new Model();
        m.name = reader.required(MODELS, n, "name", e.name());
        m.nameEn = reader.required(MODELS, n, "nameEn", e.nameEn());
        if (m.name == null || m.nameEn == null) {
            return null;
        }
        String id = o.id + "-" + Names.slug(m.nameEn);
        if (!id.equals(e.id())) {
            reader.problem(MODELS, n, "id '" + e.id() + "' is not '" + id + "' (organization and slug of nameEn)");
        }
        reader.checkId(MODELS, n, e.id(), modelIds);
        m.id = e.id();
        m.organizationId = o.id;
        m.region = o.region;
        m.nameEnTranslated = e.nameEnTranslated();
        NameOrigin origin = reader.nameOrigin(MODELS, n, "nameEn", m.nameEn, m.nameEnTranslated, e.nameEnOrigin());
        m.nameEnOrigin = origin == null ? null : origin.name();
        m.nameZh = Names.hasChinese(m.name) ? m.name : null;
        m.aliases = e.aliases() == null ? List.of() : e.aliases();
        m.capabilities = List.of();
        m.rawCells = Map.of();
        List<Citation> cited = quotes.check(reader, MODELS, n, e.provenance() == null ? null : List.of(e.provenance()));
        if (cited.isEmpty()) {
            return null;
        }
        m.citation = cited.get(0);
        String quote = m.citation.quote();
        for (String name : Stream.concat(Stream.of(m.name), m.aliases.stream()).toList()) {
            if (!quote.contains(name) && !m.citation.section().contains(name)) {
                reader.problem(MODELS, n, "'" + name + "' is written neither in the quote nor in its heading");
            }
        }
        String compact = quote.replaceAll("\\s+", "");
        String model = m.name.replaceAll("\\s+", "");
        if (names(o.name, o.nameEn, o.nameZh, o.aliases).stream()
                .noneMatch(maker -> compact.contains(maker.replaceAll("\\s+", "") + "的" + model))) {
            reader.problem(MODELS, n, "the quote does not say '" + o.nameEn + " 的 " + m.name + "'");
        }
        m.searchText = SearchText.of(Stream.concat(Stream.of(m.name, m.nameEn, m.nameZh), m.aliases.stream()));
        return m;
    }

    /** A record's names and aliases, without the null ones. */
    private static List<String> names(String name, String nameEn, String nameZh, List<String> aliases) {
        return Stream.concat(Stream.of(name, nameEn, nameZh), aliases.stream())
                .filter(Objects::nonNull)
                .toList();
    }
}
