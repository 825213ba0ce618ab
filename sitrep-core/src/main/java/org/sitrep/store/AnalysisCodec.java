package org.sitrep.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.model.Analysis;

/**
 * The stored form of a whole {@link Analysis}, every layer included (tokens and parses too): gzipped JSON
 * mapped from the records' components. Unlike the public JSON contract this is internal and lossless; a
 * component added to a record later reads back as null from older rows, and a removed one is ignored.
 */
public final class AnalysisCodec {

    private static final ObjectMapper MAPPER = mapper();

    private AnalysisCodec() {
    }

    private static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("dates");
        dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate d, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(d.toString());
            }
        });
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return LocalDate.parse(p.getValueAsString());
            }
        });
        // Jackson refuses strings over 20 M characters by default; an article the readers accept (up to
        // Inputs.MAX_DOCUMENT_BYTES) must read back as it was stored.
        JsonFactory f = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).build()).build();
        ObjectMapper m = new ObjectMapper(f).registerModule(dates);
        // Records expose helpers such as isVerb() and isRoot(): only record components are data.
        m.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
        m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return m;
    }

    public static byte[] encode(Analysis a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            MAPPER.writeValue(gz, a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Analysis decode(byte[] stored) {
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return MAPPER.readValue(gz, Analysis.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
