package org.projectnexus.gui.attachments;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A pasted picture's pixels as a PNG file's bytes (the JDK's own encoder, headless). */
final class PngImages {

    private PngImages() {
    }

    static byte[] encode(int width, int height, int[] argb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream png = new ByteArrayOutputStream(width * height + 1024);
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("no PNG encoder");
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return png.toByteArray();
    }
}
