package ai.landscape.takeaway;

import ai.landscape.common.ProvenanceDto;
import ai.landscape.vocabulary.TakeawayKind;
import ai.landscape.vocabulary.TakeawayTopic;

/**
 * A take-away: the cell verbatim ({@code text}) and our English translation ({@code textEn},
 * always a translation).
 */
public record TakeawayDto(
        String id, TakeawayKind kind, TakeawayTopic topic, String text, String textEn, ProvenanceDto provenance) {

    public static TakeawayDto from(Takeaway t) {
        return new TakeawayDto(
                t.id,
                TakeawayKind.valueOf(t.kind),
                TakeawayTopic.valueOf(t.topic),
                t.text,
                t.textEn,
                ProvenanceDto.of(t.provenance));
    }
}
