package ai.landscape.organization;

import ai.landscape.common.Citations;
import ai.landscape.common.Provenance;
import ai.landscape.common.QuantityParser;
import ai.landscape.common.SearchText;
import ai.landscape.model.Model;
import ai.landscape.seed.CuratedRecord;
import ai.landscape.seed.CuratedRow;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.Names;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.seed.Seeds;
import ai.landscape.seed.TableRow;
import ai.landscape.vocabulary.Capability;
import ai.landscape.vocabulary.NameOrigin;
import ai.landscape.vocabulary.OrganizationKind;
import ai.landscape.vocabulary.Region;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Loads one player table (US or China) into organizations and their models. */
public final class OrganizationSeedLoader {

    /** The curation of one organization row. */
    public record OrganizationCuration(
            int row,
            String id,
            String name,
            String nameEn,
            boolean nameEnTranslated,
            String nameZh,
            String nameEnOrigin,
            String kind,
            List<String> aliases,
            List<String> leaders,
            List<ModelCuration> models)
            implements CuratedRecord {}

    /** The curation of one model of an organization. */
    public record ModelCuration(
            String name,
            String slug,
            String nameEn,
            Boolean nameEnTranslated,
            String nameEnOrigin,
            List<String> aliases,
            List<String> capabilities,
            Boolean openSource,
            String note) {}

    private static final String COMPUTE = "算力资源";
    private static final String FUNDING = "资金投入";
    private static final String LEADERS = "领军人物";

    /** Reads both player tables (and their curation). */
    public static final SeedLoader LOADER =
            SeedLoader.tables(OrganizationSeedLoader::load, table(Region.US), table(Region.CN));

    private OrganizationSeedLoader() {}

    /** The table name of a region's player table. */
    public static String table(Region region) {
        return region == Region.US ? "us-players" : "china-players";
    }

    private static String nameColumn(Region region) {
        return header(region).get(0);
    }

    /** The seed header of a region's player table. */
    private static List<String> header(Region region) {
        return region == Region.US
                ? List.of("代表公司", "大模型", "跨模态", "文本", "图像", "视频和3D", "代码", "游戏", "生物", "语音", COMPUTE, FUNDING, LEADERS)
                : List.of("代表公司/机构", "NLP", "CV", "语音", "跨模态", "代码", "生物", "行业大模型", COMPUTE, FUNDING, LEADERS);
    }

    /** Loads both player tables: the organizations, and the models of each (the models collection's records). */
    public static void load(SeedReader reader, LoadedRecords records) {
        Set<String> organizationIds = new HashSet<>();
        Set<String> modelIds = new HashSet<>();
        for (Region region : Region.values()) {
            load(reader, region, organizationIds, modelIds, records);
        }
    }

    private static void load(
            SeedReader reader,
            Region region,
            Set<String> organizationIds,
            Set<String> modelIds,
            LoadedRecords records) {
        String table = table(region);
        String file = SeedReader.curationFile(table);
        for (CuratedRow<OrganizationCuration> cr :
                reader.curatedRows(table, header(region), new TypeReference<List<OrganizationCuration>>() {})) {
            TableRow row = cr.row();
            OrganizationCuration c = cr.curation();
            Organization o = reader.named(
                    new Organization(), table, row.row(), c, row.cell(nameColumn(region)), organizationIds);
            o.region = region.name();
            OrganizationKind kind = Names.code(OrganizationKind.class, c.kind());
            if (kind == null) {
                reader.problem(
                        file,
                        row.row(),
                        "kind '" + c.kind() + "' is not one of " + Arrays.toString(OrganizationKind.values()));
            }
            o.kind = c.kind();
            o.aliases = c.aliases() == null ? List.of() : c.aliases();
            o.leadersRaw = row.cell(LEADERS);
            o.leaders = c.leaders() == null ? List.of() : c.leaders();
            for (String leader : o.leaders) {
                if (!o.leadersRaw.contains(leader)) {
                    reader.problem(
                            file, row.row(), "leader '" + leader + "' is not in the cell '" + o.leadersRaw + "'");
                }
            }
            o.capabilityCells = new LinkedHashMap<>();
            o.capabilities = new ArrayList<>();
            for (Capability capability : Capability.values()) {
                String column = capability.column(region);
                if (column != null && !row.cell(column).isEmpty()) {
                    o.capabilities.add(capability.name());
                    o.capabilityCells.put(capability.name(), row.cell(column));
                }
            }
            o.computeRaw = row.cell(COMPUTE);
            o.compute = QuantityParser.compute(o.computeRaw);
            o.fundingRaw = row.cell(FUNDING);
            o.funding = QuantityParser.money(o.fundingRaw);
            o.citations = Citations.extract(row.cells().values().toArray(String[]::new));
            o.searchText = SearchText.of(Stream.concat(Stream.of(o.name, o.nameEn, o.nameZh), o.aliases.stream()));
            records.add(o);
            for (ModelCuration m : c.models() == null ? List.<ModelCuration>of() : c.models()) {
                records.add(model(reader, file, row, o, m, modelIds));
            }
        }
    }

    private static Model model(
            SeedReader reader, String file, TableRow row, Organization o, ModelCuration c, Set<String> modelIds) {
        Model m = new Model();
        m.name = reader.required(file, row.row(), "model name", c.name());
        String where = "model '" + m.name + "'";
        boolean ascii = m.name != null && Names.isAscii(m.name);
        if (!ascii && (c.slug() == null || c.nameEn() == null)) {
            reader.problem(file, row.row(), where + " is not ASCII and needs a slug and a nameEn");
        }
        String slug = c.slug() != null ? c.slug() : m.name == null ? null : Names.slug(m.name);
        m.id = o.id + "-" + slug;
        reader.checkId(file, row.row(), m.id, modelIds);
        m.organizationId = o.id;
        m.region = o.region;
        if (m.name != null && !reader.inDocuments(m.name)) {
            reader.problem(
                    file,
                    row.row(),
                    where + " is not written so in any seed document: the name is the seed's spelling, a "
                            + "correction goes to nameEn");
        }
        m.nameEn = c.nameEn() != null ? c.nameEn() : m.name;
        m.nameEnTranslated = c.nameEnTranslated() != null && c.nameEnTranslated();
        NameOrigin origin =
                reader.nameOrigin(file, row.row(), where + " nameEn", m.nameEn, m.nameEnTranslated, c.nameEnOrigin());
        m.nameEnOrigin = origin == null ? null : origin.name();
        m.nameZh = m.name != null && Names.hasChinese(m.name) ? m.name : null;
        m.aliases = c.aliases() == null ? List.of() : c.aliases();
        m.openSource = c.openSource();
        m.note = c.note();
        m.capabilities = c.capabilities() == null ? List.of() : c.capabilities();
        if (m.capabilities.isEmpty()) {
            reader.problem(file, row.row(), where + " lists no capability");
        }
        m.rawCells = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String code : m.capabilities) {
            String raw = o.capabilityCells.get(code);
            if (!seen.add(code)) {
                reader.problem(file, row.row(), where + " lists " + code + " twice");
            } else if (raw == null) {
                reader.problem(
                        file, row.row(), where + " lists " + code + ", a column that is empty or absent in this table");
            } else if (Stream.concat(Stream.of(m.name), m.aliases.stream())
                    .noneMatch(n -> n != null && raw.contains(n))) {
                reader.problem(
                        file,
                        row.row(),
                        where + " (or an alias) does not occur in its " + code + " cell '" + raw + "'");
            } else {
                m.rawCells.put(code, raw);
            }
        }
        if (m.note != null && m.rawCells.values().stream().noneMatch(raw -> raw.contains(m.note))) {
            reader.problem(file, row.row(), where + " note '" + m.note + "' is in none of its cells");
        }
        m.provenance = new Provenance(Seeds.REPORT, o.provenance.table, row.row());
        m.searchText = SearchText.of(Stream.concat(Stream.of(m.name, m.nameEn, m.nameZh), m.aliases.stream()));
        return m;
    }
}
