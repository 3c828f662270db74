package ai.landscape.company;

import ai.landscape.common.Citation;
import ai.landscape.common.SearchText;
import ai.landscape.organization.Organization;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.Names;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.source.Quotes;
import ai.landscape.source.SourceText;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads corpus/companies.yaml: the companies and products the essays name. Every mention is a checked quote that names
 * the record; the name is written in one of them, each descriptor too; each alias is written in a seed document; a
 * maker is an organization or another company, and a quote says "maker 的 …".
 */
public final class CompanySeedLoader {

    /** One entry of corpus/companies.yaml. */
    public record CompanyEntry(
            String id,
            String name,
            String nameEn,
            boolean nameEnTranslated,
            List<String> aliases,
            String kind,
            String role,
            List<String> descriptors,
            String maker,
            List<Citation> mentions) {}

    public static final String FILE = "corpus/companies.yaml";

    /** Reads corpus/companies.yaml. */
    public static final SeedLoader LOADER = SeedLoader.files(CompanySeedLoader::load, FILE);

    private CompanySeedLoader() {}

    public static void load(SeedReader reader, LoadedRecords records) {
        Quotes quotes = Quotes.of(records);
        List<String> documents = records.of(SourceText.class).stream()
                .map(SourceText::text)
                .filter(Objects::nonNull)
                .toList();
        Map<String, List<String>> organizationNames = new LinkedHashMap<>();
        for (Organization o : records.of(Organization.class)) {
            organizationNames.put(
                    o.id, names(Stream.concat(Stream.of(o.name, o.nameEn, o.nameZh), o.aliases.stream())));
        }
        List<CompanyEntry> entries = reader.list(FILE, new TypeReference<List<CompanyEntry>>() {});
        Map<String, List<String>> companyNames = new LinkedHashMap<>();
        for (CompanyEntry e : entries) {
            companyNames.put(e.id(), names(Stream.concat(Stream.of(e.name(), e.nameEn()), list(e.aliases()).stream())));
        }
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (CompanyEntry e : entries) {
            n++;
            reader.checkId(FILE, n, e.id(), ids);
            if (organizationNames.containsKey(e.id())) {
                reader.problem(FILE, n, "id '" + e.id() + "' is an organization's: an organization is not a company");
            }
            Company c = new Company();
            c.id = e.id();
            c.name = reader.required(FILE, n, "name", e.name());
            c.nameEn = reader.required(FILE, n, "nameEn", e.nameEn());
            c.nameEnTranslated = e.nameEnTranslated();
            c.aliases = list(e.aliases());
            c.kind = code(reader, n, "kind", CompanyKind.class, e.kind());
            c.role = code(reader, n, "role", CompanyRole.class, e.role());
            c.descriptors = list(e.descriptors());
            c.provenance = quotes.check(reader, FILE, n, e.mentions());
            c.sources = Quotes.sources(c.provenance);
            List<String> quoted = c.provenance.stream().map(Citation::quote).toList();
            List<String> names = companyNames.get(e.id());
            for (Citation m : c.provenance) {
                if (!SearchText.names(m.quote(), names.stream())) {
                    reader.problem(
                            FILE, n, "the quote '" + m.quote() + "' of " + m.source() + " does not name " + e.id());
                }
            }
            if (c.name != null && quoted.stream().noneMatch(q -> q.contains(c.name))) {
                reader.problem(FILE, n, "name '" + c.name + "' is written in none of its quotes");
            }
            for (String descriptor : c.descriptors) {
                if (quoted.stream().noneMatch(q -> q.contains(descriptor))) {
                    reader.problem(FILE, n, "descriptor '" + descriptor + "' is written in none of its quotes");
                }
            }
            for (String alias : c.aliases) {
                if (documents.stream().noneMatch(d -> d.contains(alias))) {
                    reader.problem(FILE, n, "alias '" + alias + "' is written in no seed document");
                }
            }
            if (e.maker() != null) {
                maker(reader, n, c, e.maker(), quoted, organizationNames, companyNames);
            }
            c.searchText = SearchText.of(Stream.concat(Stream.of(c.name, c.nameEn), c.aliases.stream()));
            records.add(c);
        }
    }

    /** Links the maker: an organization or another company, which a quote names as "maker 的 …". */
    private static void maker(
            SeedReader reader,
            int n,
            Company c,
            String maker,
            List<String> quoted,
            Map<String, List<String>> organizationNames,
            Map<String, List<String>> companyNames) {
        List<String> makerNames;
        if (organizationNames.containsKey(maker)) {
            c.makerCollection = "organizations";
            makerNames = organizationNames.get(maker);
        } else if (companyNames.containsKey(maker) && !maker.equals(c.id)) {
            c.makerCollection = "companies";
            makerNames = companyNames.get(maker);
        } else {
            reader.problem(FILE, n, "maker '" + maker + "' is not an organization or another company");
            return;
        }
        c.maker = maker;
        boolean stated = quoted.stream()
                .map(q -> SearchText.normalise(q).replaceAll("\\s+", ""))
                .anyMatch(q -> makerNames.stream().anyMatch(name -> q.contains(name.replaceAll("\\s+", "") + "的")));
        if (!stated) {
            reader.problem(FILE, n, "no quote says '" + maker + " 的 …': the maker is not stated");
        }
    }

    /** The distinct normalised names of a record. */
    private static List<String> names(Stream<String> names) {
        return names.filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .map(SearchText::normalise)
                .distinct()
                .toList();
    }

    private static <E extends Enum<E>> String code(SeedReader reader, int n, String field, Class<E> type, String code) {
        if (Names.code(type, code) == null) {
            reader.problem(
                    FILE, n, field + " '" + code + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
        return code;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
