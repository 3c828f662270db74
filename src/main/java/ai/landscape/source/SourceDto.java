package ai.landscape.source;

/** A seed document, as the API shows it. */
public record SourceDto(
        String id,
        String file,
        String work,
        String title,
        String titleEn,
        String publisher,
        String publisherEn,
        String channel,
        String url,
        String documentUrl,
        String date) {

    public static SourceDto from(Source s) {
        return new SourceDto(s.id, s.file, s.work, s.title, s.titleEn, s.publisher, s.publisherEn, s.channel, s.url, s.documentUrl, s.published);
    }
}
