package org.projectnexus.logic.store;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The file key of an encrypted knowledge base, derived from its password: Argon2id since ADR 52, and
 * PBKDF2-HMAC-SHA256 (RFC 8018) with a 32-byte result for key files written before (ADR 38), until their next opening
 * upgrades them. The PBKDF2 here gives exactly what {@code SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")} gives (a test
 * compares them), in about a third of the time on a cold JVM and under C1 alone, as the command line runs: each of
 * the 600,000 iterations hashes two blocks here, from the HMAC key's inner and outer states computed once, where the
 * JDK's HMAC hashes four. Attackers' tools do the same, so this costs them nothing; it only spares the user.
 * The first iteration, over the salt, is the JDK's own HMAC.
 */
final class KeyDerivation {

    private static final int BLOCK = 64;
    private static final int[] ROUND_CONSTANTS = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
    private static final int[] INITIAL_STATE = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

    private KeyDerivation() {
    }

    /** The 32-byte key that {@code password} (as UTF-8, as the JDK takes it) and {@code salt} give. */
    static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1");
        }
        byte[] key = hmacKey(utf8(password));
        try {
            byte[] first = firstIteration(key, salt);
            int[] inner = padState(key, (byte) 0x36);
            int[] outer = padState(key, (byte) 0x5c);
            int[] u = toInts(first);
            int[] sum = u.clone();
            int[] block = new int[16];
            int[] schedule = new int[64];
            int[] state = new int[8];
            for (int i = 1; i < iterations; i++) {
                hashOf32Bytes(inner, u, block, schedule, state); // H(K ^ ipad || U)
                hashOf32Bytes(outer, state, block, schedule, u); // H(K ^ opad || that)
                for (int j = 0; j < 8; j++) {
                    sum[j] ^= u[j];
                }
            }
            return toBytes(sum);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** U1 = HMAC(password, salt || 1), by the JDK. */
    private static byte[] firstIteration(byte[] key, byte[] salt) {
        if (key.length == 0) {
            throw new IllegalArgumentException("the password is empty");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(salt);
            mac.update(new byte[] {0, 0, 0, 1});
            return mac.doFinal();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }

    /**
     * Argon2id (RFC 9106, version 1.3) with a 32-byte result, by password4j: {@code memoryKib} KiB of memory,
     * {@code iterations} passes over it, {@code parallelism} lanes (ADR 52). The password goes in as UTF-8.
     */
    static byte[] argon2id(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism) {
        byte[] secret = utf8(password);
        try {
            if (secret.length == 0) {
                throw new IllegalArgumentException("the password is empty");
            }
            return Argon2Function.getInstance(memoryKib, iterations, parallelism, 32, Argon2.ID,
                    Argon2Function.ARGON2_VERSION_13).hash(secret, salt).getBytes().clone();
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** The HMAC key as RFC 2104 pads it: a key longer than a block is hashed first. */
    private static byte[] hmacKey(byte[] password) {
        if (password.length <= BLOCK) {
            return password;
        }
        try {
            byte[] hashed = MessageDigest.getInstance("SHA-256").digest(password);
            Arrays.fill(password, (byte) 0);
            return hashed;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    /** The SHA-256 state after the one block {@code key ^ pad}. */
    private static int[] padState(byte[] key, byte pad) {
        byte[] padded = new byte[BLOCK];
        Arrays.fill(padded, pad);
        for (int i = 0; i < key.length; i++) {
            padded[i] = (byte) (key[i] ^ pad);
        }
        int[] state = INITIAL_STATE.clone();
        int[] block = new int[16];
        ByteBuffer.wrap(padded).asIntBuffer().get(block);
        compress(state, block, new int[64]);
        return state;
    }

    /** {@code out} = SHA-256 of (the block behind {@code start}) followed by the 32 bytes {@code message}. */
    private static void hashOf32Bytes(int[] start, int[] message, int[] block, int[] schedule, int[] out) {
        System.arraycopy(message, 0, block, 0, 8);
        block[8] = 0x80000000;
        Arrays.fill(block, 9, 15, 0);
        block[15] = (BLOCK + 32) * 8; // the length in bits of everything hashed: one block and 32 bytes
        System.arraycopy(start, 0, out, 0, 8);
        compress(out, block, schedule);
    }

    /** The SHA-256 compression function (FIPS 180-4): one 16-word block into {@code state}. */
    private static void compress(int[] state, int[] block, int[] w) {
        System.arraycopy(block, 0, w, 0, 16);
        for (int t = 16; t < 64; t++) {
            int x = w[t - 15];
            int y = w[t - 2];
            int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
            int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        int e = state[4];
        int f = state[5];
        int g = state[6];
        int h = state[7];
        for (int t = 0; t < 64; t++) {
            int t1 = h + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
                    + ((e & f) ^ (~e & g)) + ROUND_CONSTANTS[t] + w[t];
            int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
                    + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    private static int[] toInts(byte[] bytes) {
        int[] ints = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).asIntBuffer().get(ints);
        return ints;
    }

    private static byte[] toBytes(int[] ints) {
        ByteBuffer bytes = ByteBuffer.allocate(ints.length * 4);
        bytes.asIntBuffer().put(ints);
        return bytes.array();
    }
}
