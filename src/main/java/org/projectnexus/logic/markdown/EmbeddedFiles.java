package org.projectnexus.logic.markdown;

import java.util.Optional;
import org.projectnexus.model.Attachment;

/** The attachments a rendered page may show: found by name, images handed over as {@code data:} URIs (ADR 40). */
public interface EmbeddedFiles {

    /** None: every embed shows as a missing attachment. */
    EmbeddedFiles NONE = new EmbeddedFiles() {
        @Override
        public Optional<Attachment> find(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<String> dataUri(Attachment image) {
            return Optional.empty();
        }
    };

    /** The attachment of that name, ignoring case. */
    Optional<Attachment> find(String name);

    /** The image's bytes as a {@code data:} URI; empty when it is too large to show inline. */
    Optional<String> dataUri(Attachment image);
}
