package ai.landscape.organization;

import ai.landscape.common.Citation;
import ai.landscape.common.ComputeResource;
import ai.landscape.common.MoneyAmount;
import ai.landscape.common.NamedRecord;
import ai.landscape.vocabulary.Label;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A model player of the US or China table. */
@Entity
public class Organization extends NamedRecord {

    public String region;
    public String kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> capabilities;

    /** Capability code to the raw text of its cell, for the non-empty cells. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "capability_cells")
    public Map<String, String> capabilityCells;

    @Column(name = "compute_raw")
    public String computeRaw;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ComputeResource> compute;

    @Column(name = "funding_raw")
    public String fundingRaw;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<MoneyAmount> funding;

    @Column(name = "leaders_raw")
    public String leadersRaw;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> leaders;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> citations;

    /** Where the essays name the organization (corpus/mentions.yaml, read by the models' loader). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Citation> mentions = new ArrayList<>();

    /** The Chinese and English names of organizations by id (labels of the facets over organization ids). */
    public static Map<String, Label> labels(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Organization.<Organization>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, o -> new Label(o.nameZh, o.nameEn)));
    }
}
