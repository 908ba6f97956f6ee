package org.projectnexus.gui.preview;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.net.spi.URLStreamHandlerProvider;
import org.projectnexus.logic.markdown.MarkdownRenderer;

/**
 * Makes {@code nexus://entry/Title} a URL Java knows, so that WebKit follows a click on a {@code [[link]]}
 * (it silently drops clicks on schemes it cannot load) and the {@link PreviewView} sees the navigation and
 * opens the entry. Loading such a URL gives an empty page; the preview puts the entry back at once.
 * Registered through {@code META-INF/services/java.net.spi.URLStreamHandlerProvider}.
 */
public final class EntryLinkProtocol extends URLStreamHandlerProvider {

    @Override
    public URLStreamHandler createURLStreamHandler(String protocol) {
        if (!MarkdownRenderer.ENTRY_SCHEME.equals(protocol)) {
            return null;
        }
        return new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                return new URLConnection(url) {
                    @Override
                    public void connect() {
                        connected = true;
                    }

                    @Override
                    public String getContentType() {
                        return "text/html";
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(new byte[0]);
                    }
                };
            }
        };
    }
}
