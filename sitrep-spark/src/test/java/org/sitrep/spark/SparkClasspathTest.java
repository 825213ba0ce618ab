package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.scala.DefaultScalaModule$;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import org.junit.jupiter.api.Test;

/**
 * Dependency hygiene: Spark, the core and CoreNLP share one Jackson and one protobuf on this class path
 * (pinned in the poms); these checks fail when a version bump on either side breaks the other.
 */
class SparkClasspathTest {

    @Test
    void sparksJacksonScalaModuleAcceptsTheDatabindOnTheClassPath() {
        // jackson-module-scala throws on registration when databind is of another minor version.
        ObjectMapper m = new ObjectMapper().registerModule(DefaultScalaModule$.MODULE$);
        var databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
        var scala = com.fasterxml.jackson.module.scala.JacksonModule$.MODULE$.version();
        assertEquals(databind.getMajorVersion(), scala.getMajorVersion());
        assertEquals(databind.getMinorVersion(), scala.getMinorVersion(), "databind " + databind + " vs scala module " + scala);
        assertEquals(databind.toString(), com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(), "jackson-core and databind differ");
        assertTrue(m.getRegisteredModuleIds().size() >= 1);
    }

    @Test
    void theCoreUsesTheSameJacksonAsSpark() {
        String coreJackson = ObjectMapper.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertTrue(coreJackson.contains(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()), coreJackson);
    }

    @Test
    void coreNlpsGeneratedProtobufClassesRunOnSparksProtobuf() throws Exception {
        CoreNLPProtos.Token t = CoreNLPProtos.Token.newBuilder().setWord("Stepanakert").setNer("LOCATION").build();
        CoreNLPProtos.Token back = CoreNLPProtos.Token.parseFrom(t.toByteArray());
        assertEquals("Stepanakert", back.getWord());
        assertEquals("LOCATION", back.getNer());
        String runtime = com.google.protobuf.Message.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertTrue(runtime.contains("protobuf-java-4."), "protobuf runtime " + runtime);
    }
}
