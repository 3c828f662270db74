package ai.landscape.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A seed document, as the API shows it. Every field is read from the document itself, except an English title or
 * publisher whose origin says otherwise.
 */
public record SourceDto(
        String id,
        String file,
        String work,
        String title,
        @Schema(nullable = true) String titleEn,

        @Schema(
                nullable = true,
                description = "Where titleEn comes from, a code of the nameOrigins vocabulary: SEED (the document "
                        + "writes it), OFFICIAL (the article's official title, not written in the document), "
                        + "TRANSLATION (ours); null when there is no titleEn")
        String titleEnOrigin,

        @Schema(nullable = true) String publisher,
        @Schema(nullable = true) String publisherEn,

        @Schema(
                nullable = true,
                description = "Where publisherEn comes from, a code of the nameOrigins vocabulary: SEED, OFFICIAL "
                        + "(the publisher's official name, not written in the document) or TRANSLATION; null when "
                        + "there is no publisherEn")
        String publisherEnOrigin,

        @Schema(nullable = true) String channel,
        @Schema(nullable = true) String url,
        @Schema(nullable = true) String documentUrl,
        @Schema(nullable = true) String date) {

    public static SourceDto from(Source s) {
        return new SourceDto(
                s.id,
                s.file,
                s.work,
                s.title,
                s.titleEn,
                s.titleEnOrigin,
                s.publisher,
                s.publisherEn,
                s.publisherEnOrigin,
                s.channel,
                s.url,
                s.documentUrl,
                s.published);
    }
}
