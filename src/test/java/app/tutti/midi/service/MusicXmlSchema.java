package app.tutti.midi.service;

import java.io.InputStream;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.InputSource;

/**
 * The W3C MusicXML 4.0 schema, from the copy inside the ProxyMusic jar: that copy loosens eight
 * definitions for JAXB (marked HB-old / HB-new / HB-end, the W3C original kept in the HB-old
 * comment), and these are put back to the originals here. Its xml: and xlink: imports are answered
 * from test resources, so validation needs no network. Documents are parsed without their DTD.
 */
final class MusicXmlSchema {

    private static final Pattern RELAXED = Pattern.compile(
            "<!--\\s*HB-old(.*?)-->\\s*<!--\\s*HB-new\\s*-->.*?<!--\\s*HB-end\\s*-->", Pattern.DOTALL);
    private static final Schema SCHEMA = load();

    private MusicXmlSchema() {
    }

    /** Parses the document (DTD not loaded) and throws if it breaks the schema. */
    static Document validate(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        SCHEMA.newValidator().validate(new DOMSource(document));
        return document;
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                String file = systemId.endsWith("xlink.xsd") ? "xlink.xsd" : "xml.xsd";
                return input(MusicXmlSchema.class.getResourceAsStream("/musicxml/" + file), systemId);
            });
            return factory.newSchema(new StreamSource(new StringReader(w3cOriginal()), "musicxml.xsd"));
        } catch (Exception e) {
            throw new IllegalStateException("The MusicXML schema could not be loaded", e);
        }
    }

    /** ProxyMusic's schema with each marked relaxation replaced by the W3C definition it kept in a comment. */
    static String w3cOriginal() throws java.io.IOException {
        try (InputStream xsd = MusicXmlSchema.class.getResourceAsStream("/META-INF/jaxb/xsd/musicxml.xsd")) {
            String text = new String(xsd.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher relaxed = RELAXED.matcher(text);
            StringBuilder original = new StringBuilder();
            int restored = 0;
            while (relaxed.find()) {
                relaxed.appendReplacement(original, Matcher.quoteReplacement(relaxed.group(1)));
                restored++;
            }
            relaxed.appendTail(original);
            if (restored != 8) {
                throw new IllegalStateException("Expected 8 relaxed definitions in ProxyMusic's schema, found " + restored);
            }
            return original.toString();
        }
    }

    private static LSInput input(InputStream stream, String systemId) {
        return new LSInput() {
            public java.io.Reader getCharacterStream() { return null; }
            public void setCharacterStream(java.io.Reader r) { }
            public InputStream getByteStream() { return stream; }
            public void setByteStream(InputStream s) { }
            public String getStringData() { return null; }
            public void setStringData(String d) { }
            public String getSystemId() { return systemId; }
            public void setSystemId(String id) { }
            public String getPublicId() { return null; }
            public void setPublicId(String id) { }
            public String getBaseURI() { return null; }
            public void setBaseURI(String uri) { }
            public String getEncoding() { return null; }
            public void setEncoding(String e) { }
            public boolean getCertifiedText() { return false; }
            public void setCertifiedText(boolean c) { }
        };
    }
}
