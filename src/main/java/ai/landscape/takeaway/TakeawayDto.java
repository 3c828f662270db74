package ai.landscape.takeaway;

import ai.landscape.vocabulary.TakeawayTopic;
import ai.landscape.vocabulary.TakeawayKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ai.landscape.common.ProvenanceDto;

/**
 * A take-away: the cell verbatim ({@code text}) and our English translation ({@code textEn},
 * always a translation).
 */
public record TakeawayDto(String id, TakeawayKind kind, TakeawayTopic topic, String text, String textEn, ProvenanceDto provenance) {

    public static TakeawayDto from(Takeaway t) {
        return new TakeawayDto(t.id, TakeawayKind.valueOf(t.kind), TakeawayTopic.valueOf(t.topic), t.text, t.textEn, ProvenanceDto.of(t.provenance));
    }
}
