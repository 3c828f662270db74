package ai.landscape.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seed document, as the API shows it. */
public record SourceDto(
        String id,
        String file,
        String work,
        String title,
        @Schema(nullable = true) String titleEn,
        @Schema(nullable = true) String publisher,
        @Schema(nullable = true) String publisherEn,
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
                s.publisher,
                s.publisherEn,
                s.channel,
                s.url,
                s.documentUrl,
                s.published);
    }
}
