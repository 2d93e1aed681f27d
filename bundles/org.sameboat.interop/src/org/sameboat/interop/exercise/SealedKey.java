package org.sameboat.interop.exercise;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.sameboat.interop.InteropException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The expert's codings of an exercise, kept outside its project until the student submits, so that no search,
 * view, export or command can reach them: the project simply does not hold them. The file is compressed and
 * checksummed, which keeps a casual look and an accidental edit out; it is sealed, not secret, and its header says
 * so: anyone can decode it.
 *
 * @param coderId the expert coder's id in the project the exercise was made from
 * @param coderName the expert's name
 * @param coderColour the expert's colour (may be empty)
 * @param codings the expert's codings of the exercise's codes in its documents
 */
public record SealedKey(String coderId, String coderName, String coderColour, List<GoldCoding> codings) {

    static final String HEADER = "Sameboat exercise key, format 1";
    static final String NOTICE = "sealed, not secret: the expert's codings, kept out of the exercise's project until the"
            + " student submits; anyone can read them (base64, then gzip, then JSON)";
    private static final String CHECKSUM = "sha256: ";

    /** One coding of the expert, by the ids of its document and code. */
    public record GoldCoding(String id, String document, String code, int start, int end, long created, String memo) {
    }

    /** Copies the codings so the record stays immutable. */
    public SealedKey {
        codings = List.copyOf(codings);
    }

    /** @return the file's text: header, notice, checksum, payload */
    public String seal() {
        byte[] json = toJson().toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory", e);
        }
        return HEADER + "\n" + NOTICE + "\n" + CHECKSUM + sha256(json) + "\n" + Base64.getMimeEncoder(76, new byte[] { '\n' })
                .encodeToString(zipped.toByteArray()) + "\n";
    }

    /**
     * Reads a sealed file's text back.
     *
     * @param text the file's content
     * @param where the file, for messages
     * @throws InteropException when it is not a key, or was changed since it was sealed
     */
    public static SealedKey unseal(String text, String where) throws InteropException {
        String[] lines = text.split("\n", 4);
        if (lines.length < 4 || !lines[0].strip().equals(HEADER) || !lines[2].startsWith(CHECKSUM)) {
            throw new InteropException(where + " is not a Sameboat exercise key (its first line should be '" + HEADER + "')");
        }
        byte[] json;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getMimeDecoder().decode(lines[3].strip())))) {
            json = in.readAllBytes();
        } catch (IOException | IllegalArgumentException e) {
            throw new InteropException(where + " is damaged: its payload does not decode (" + e.getMessage() + ")");
        }
        if (!sha256(json).equals(lines[2].substring(CHECKSUM.length()).strip())) {
            throw new InteropException(where + " was changed after it was sealed (its checksum does not match); make the exercise again");
        }
        try {
            return fromJson(JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new InteropException(where + " is damaged: " + e.getMessage());
        }
    }

    private JsonObject toJson() {
        JsonObject out = new JsonObject();
        out.addProperty("coderId", coderId);
        out.addProperty("coder", coderName);
        out.addProperty("colour", coderColour);
        JsonArray list = new JsonArray();
        for (GoldCoding c : codings) {
            JsonObject o = new JsonObject();
            o.addProperty("id", c.id());
            o.addProperty("document", c.document());
            o.addProperty("code", c.code());
            o.addProperty("start", c.start());
            o.addProperty("end", c.end());
            o.addProperty("created", c.created());
            o.addProperty("memo", c.memo());
            list.add(o);
        }
        out.add("codings", list);
        return out;
    }

    private static SealedKey fromJson(JsonObject json) {
        List<GoldCoding> codings = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("codings")) {
            JsonObject o = e.getAsJsonObject();
            codings.add(new GoldCoding(o.get("id").getAsString(), o.get("document").getAsString(), o.get("code").getAsString(),
                    o.get("start").getAsInt(), o.get("end").getAsInt(), o.get("created").getAsLong(), o.get("memo").getAsString()));
        }
        return new SealedKey(json.get("coderId").getAsString(), json.get("coder").getAsString(), json.get("colour").getAsString(),
                codings);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
