package se.beslutsgraf.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community in this JVM with Bolt on loopback, for development, tests,
 * CI and the demo. Production never starts this: it points NEO4J_URI at a server.
 *
 * <p>Arguments (all optional): {@code --data-dir DIR} (default ./data),
 * {@code --port N} (0 picks a free port; default 7687), {@code --pagecache SIZE}
 * in MiB (default 256: the built-in default is about half the machine's memory),
 * {@code --watch-stdin} (shut down when standard input closes, so a parent that
 * dies without signalling leaves no orphan JVM).
 *
 * <p>Procedures: Neo4j registers procedures only from jars in its plugins
 * directory, embedded or not, so the Maven build copies APOC core into
 * {@code target/plugins} and this launcher points {@code plugin_dir} there
 * (found beside {@code target/classes}); {@code apoc.*} may run unrestricted.
 *
 * <p>Prints exactly one line {@code NEO4J_READY bolt://127.0.0.1:PORT} on
 * standard output once Bolt accepts connections; everything else goes to the log.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = parse(argv);
    Path dataDir = Path.of(args.getOrDefault("data-dir", "data")).toAbsolutePath();
    int requested = Integer.parseInt(args.getOrDefault("port", "7687"));
    // The routing table (neo4j:// URIs) names the advertised address, which
    // defaults to localhost:7687 whatever port Bolt binds: advertise the real one,
    // so port 0 picks a free port here rather than inside Neo4j.
    int port = requested == 0 ? freePort() : requested;
    long pageCacheMiB = Long.parseLong(args.getOrDefault("pagecache", "256"));

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir);
    Path plugins = pluginsDir();
    if (plugins != null) {
      builder
          .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
    }
    DatabaseManagementService dbms =
        builder
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            // Loopback only, so no credentials: the API is the only client.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
            // On shutdown the Bolt server waits out a quiet period (5 s, twice) for work still
            // arriving; by then the API has closed its driver and the databases have stopped.
            // Without it a stop takes about 1 s instead of 11.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    ConnectorPortRegister ports =
        ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
    var bolt = ports.getLocalAddress(ConnectorType.BOLT);
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + bolt.getPort());
    System.out.flush();

    if (args.containsKey("watch-stdin")) {
      Thread watcher = new Thread(() -> {
        try (InputStream in = System.in) {
          while (in.read() != -1) {
            // Input is ignored; only its end matters.
          }
        } catch (IOException ignored) {
          // A broken pipe means the parent is gone, as EOF does.
        }
        System.exit(0);
      }, "stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** {@code target/plugins} beside the directory this class was loaded from, when it exists. */
  private static Path pluginsDir() {
    try {
      Path classes = Path.of(EmbeddedNeo4j.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path plugins = classes.getParent().resolve("plugins");
      return Files.isDirectory(plugins) ? plugins : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static Map<String, String> parse(String[] argv) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < argv.length; i++) {
      String a = argv[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + a);
      }
      String key = a.substring(2);
      if (key.equals("watch-stdin")) {
        out.put(key, "true");
      } else if (i + 1 < argv.length) {
        out.put(key, argv[++i]);
      } else {
        throw new IllegalArgumentException("missing value for " + a);
      }
    }
    return out;
  }
}
