package org.msptoolkit.cli;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** A strict check of the reports: parses them with the JDK's XML parser, failing on any error. */
@SuppressWarnings("exports") // a test helper: its DOM types need no requires transitive
public final class Xhtml {
    private Xhtml() {}

    /**
     * Parses an XHTML document, failing on any well-formedness error, even a recoverable one.
     *
     * @param text the document
     * @return its DOM
     */
    public static Document parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder db = f.newDocumentBuilder();
            db.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return db.parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XHTML: " + e.getMessage() + "\n" + text, e);
        }
    }

    /**
     * Counts the elements with a local name in any namespace.
     *
     * @param doc a document
     * @param localName e.g. {@code svg}
     * @return how many there are
     */
    public static int count(Document doc, String localName) {
        return doc.getElementsByTagNameNS("*", localName).getLength();
    }

    /**
     * The text of all elements with a local name, concatenated.
     *
     * @param doc a document
     * @param localName e.g. {@code td}
     * @return their text
     */
    public static String text(Document doc, String localName) {
        NodeList list = doc.getElementsByTagNameNS("*", localName);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < list.getLength(); i++) {
            b.append(((Element) list.item(i)).getTextContent()).append('\n');
        }
        return b.toString();
    }
}
