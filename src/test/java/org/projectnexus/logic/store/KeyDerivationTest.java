package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class KeyDerivationTest {

    private static byte[] jdk(char[] password, byte[] salt, int iterations) throws Exception {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
    }

    @Test
    void givesWhatRfc7914SaysPbkdf2HmacSha256Gives() {
        // RFC 7914, section 11: the first 32 of the 64 bytes given there.
        assertThat(HexFormat.of().formatHex(KeyDerivation.pbkdf2("passwd".toCharArray(), "salt".getBytes(), 1)))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        assertThat(HexFormat.of().formatHex(KeyDerivation.pbkdf2("Password".toCharArray(), "NaCl".getBytes(), 80_000)))
                .isEqualTo("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56");
    }

    @Test
    void givesWhatArgon2sReferenceImplementationGivesForArgon2id() {
        // `echo -n "correct horse" | argon2 saltsaltsaltsalt -id -t 2 -k 19456 -p 1 -l 32 -r` (Debian's argon2,
        // the reference implementation of RFC 9106); Bouncy Castle's Argon2BytesGenerator gives the same.
        assertThat(HexFormat.of().formatHex(KeyDerivation.argon2id("correct horse".toCharArray(),
                "saltsaltsaltsalt".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 19_456, 2, 1)))
                .isEqualTo("01dc1e04bc1c7e59cd5f61d55bc8b532dbbb7ebae7e0a8bb87fad8486b94ec8b");
    }

    @Test
    void givesWhatTheJdksPbkdf2GivesForAnyPasswordSaltAndCount() throws Exception {
        Random random = new Random(28);
        String[] passwords = {"a", "correct horse battery staple", "Café naïve 日本語 😀 pass phrase",
            "x".repeat(64), "y".repeat(65), "z".repeat(300)};
        for (String password : passwords) {
            for (int saltLength : new int[] {1, 16, 55, 56, 64, 100}) {
                byte[] salt = new byte[saltLength];
                random.nextBytes(salt);
                for (int iterations : new int[] {1, 2, 3, 1000}) {
                    assertThat(KeyDerivation.pbkdf2(password.toCharArray(), salt, iterations))
                            .as("%s, salt of %d, %d iterations", password, saltLength, iterations)
                            .isEqualTo(jdk(password.toCharArray(), salt, iterations));
                }
            }
        }
    }
}
