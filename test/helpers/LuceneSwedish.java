// Reads one word per line and prints "word<TAB>tokens" as Lucene's SwedishAnalyzer
// (the analyzer Neo4j's 'swedish' full-text indexes use) makes them: the stem, or
// nothing for a stop word. Run by src/modules/search/swedishStem.int.test.ts as a
// single-file program on the embedded Neo4j's classpath (neo4j/target/lib).
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public class LuceneSwedish {
  public static void main(String[] args) throws Exception {
    Analyzer analyzer = new SwedishAnalyzer();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (String line; (line = in.readLine()) != null; ) {
      StringBuilder tokens = new StringBuilder();
      try (TokenStream ts = analyzer.tokenStream("text", line)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (tokens.length() > 0) tokens.append(' ');
          tokens.append(term);
        }
        ts.end();
      }
      out.println(line + "\t" + tokens);
    }
    out.flush();
  }
}
