package org.projectnexus.logic;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.projectnexus.logic.store.AttachmentStore;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.MediaTypes;

/**
 * Images as {@code data:} URIs for the preview and rendered pages (ADR 40), made once per content and kept while
 * the preview re-renders a note: a note with twenty images would otherwise read and encode them all at every
 * keystroke. Kept by content hash, least recently used first out, within {@link #CACHE_CHARACTERS}.
 */
final class InlineImages {

    /** The largest image shown inline; a larger one shows as a file's link (ADR 40). */
    static final long LIMIT = 16L * 1024 * 1024;
    /** About 64 MB of heap: Base64 text is one byte a character in a Latin-1 string. */
    static final long CACHE_CHARACTERS = 64L * 1024 * 1024;

    private final AttachmentStore store;
    private final Map<String, String> byHash = new LinkedHashMap<>(16, 0.75f, true);
    private long cached;

    InlineImages(AttachmentStore store) {
        this.store = store;
    }

    Optional<String> dataUri(Attachment image) {
        if (image.size() > LIMIT) {
            return Optional.empty();
        }
        synchronized (this) {
            String known = byHash.get(image.sha256());
            if (known != null) {
                return Optional.of(known);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) image.size());
        if (!MediaTypes.showsInline(image.mediaType())) {
            return Optional.empty();
        }
        Optional<String> uri = store.read(image.name(), content -> {
            content.transferTo(bytes);
            byte[] all = bytes.toByteArray();
            // A file let in before every way in checked content (ADR 46) may still be no picture: a link then.
            if (MediaTypes.contentProblem(image.name(), java.util.Arrays.copyOf(all,
                    Math.min(all.length, MediaTypes.HEAD_BYTES))).isPresent()) {
                return null;
            }
            return "data:" + image.mediaType() + ";base64," + Base64.getEncoder().encodeToString(all);
        });
        uri.ifPresent(made -> remember(image.sha256(), made));
        return uri;
    }

    private synchronized void remember(String sha256, String uri) {
        if (uri.length() > CACHE_CHARACTERS) {
            return;
        }
        byHash.put(sha256, uri);
        cached += uri.length();
        var oldest = byHash.entrySet().iterator();
        while (cached > CACHE_CHARACTERS && oldest.hasNext()) {
            cached -= oldest.next().getValue().length();
            oldest.remove();
        }
    }

    synchronized void forget() {
        byHash.clear();
        cached = 0;
    }

}
