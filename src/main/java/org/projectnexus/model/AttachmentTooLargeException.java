package org.projectnexus.model;

/** A file over the knowledge base's limit per attachment: refused, and nothing of it is kept. */
public class AttachmentTooLargeException extends NexusException {

    public AttachmentTooLargeException(String name, long limit) {
        super("“" + SafeText.forDisplay(name) + "” was not attached: it is larger than the limit of "
                + Attachment.readableSize(limit) + " per file. Choose a smaller file, or raise the limit"
                + " (nexus attachments --limit SIZE).");
    }
}
