/*
 * Entente embedded Neo4j launcher.
 *
 * Copyright (C) 2026 The Entente authors.
 *
 * This program is free software: you can redistribute it and/or modify it
 * under the terms of the GNU General Public License as published by the Free
 * Software Foundation, either version 3 of the License, or (at your option)
 * any later version. See LICENSE in this folder.
 *
 * It links against Neo4j Community Edition (GPLv3), so it is GPL too. The Go
 * program talks to the process it starts only over Bolt, a network protocol.
 *
 * Usage: java [jvm flags] -cp '<lib>/*:<classes>' Launcher <neo4j home> <bolt port> <pagecache MiB> <tx memory MiB>
 *
 * It starts an embedded DBMS with Bolt on 127.0.0.1:<port> (no TLS, no auth:
 * a loopback development instance), waits until the "neo4j" database is
 * available, prints one line "ENTENTE-NEO4J READY bolt://127.0.0.1:<port>"
 * on stdout, and runs until the JVM is asked to stop (SIGTERM or SIGINT),
 * when a shutdown hook closes the DBMS cleanly.
 *
 * Exit codes: 0 clean stop, 2 bad arguments, 3 port taken, 4 start failed.
 */

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public final class Launcher {
    private static final String HOST = "127.0.0.1";
    private static final String DATABASE = "neo4j";
    private static final long AVAILABLE_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(5);

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length != 4) {
            fail(2, "usage: Launcher <neo4j home> <bolt port> <pagecache MiB> <tx memory MiB>");
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = parse(args[1], "bolt port", 1, 65535);
        int pageCacheMiB = parse(args[2], "pagecache MiB", 8, 1 << 20);
        int txMiB = parse(args[3], "tx memory MiB", 8, 1 << 20);

        // Neo4j reports a taken port deep inside a stack trace; say it plainly
        // first. (A race with another process remains possible and is caught below.)
        if (!portFree(port)) {
            fail(3, "port " + HOST + ":" + port + " is already in use: stop what listens there or choose another port (--port)");
        }

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMiB))
                    // Preallocation writes 256 MiB of transaction log per database
                    // up front: half a GiB for an empty throwaway test instance.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    // A loopback development instance reports nothing home.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt waits 5s twice on shutdown for threads and connections
                    // that are already idle by then (the databases have been
                    // checkpointed and closed before); 1s keeps stop quick.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (RuntimeException e) {
            e.printStackTrace();
            fail(portFree(port) ? 4 : 3, "Neo4j did not start: " + rootMessage(e));
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        final DatabaseManagementService service = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("ENTENTE-NEO4J STOPPING");
            System.out.flush();
            try {
                service.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "entente-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(DATABASE);
        if (!db.isAvailable(AVAILABLE_TIMEOUT_MS)) {
            fail(4, "database \"" + DATABASE + "\" did not become available within " + AVAILABLE_TIMEOUT_MS / 1000 + "s; see logs/debug.log under " + home);
        }
        System.out.println("ENTENTE-NEO4J READY bolt://" + HOST + ":" + port);
        System.out.flush();

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int parse(String s, String what, int min, int max) {
        try {
            int v = Integer.parseInt(s);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        fail(2, what + " must be an integer from " + min + " to " + max + ", got \"" + s + "\"");
        return 0;
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r.getClass().getSimpleName() + ": " + r.getMessage();
    }

    private static void fail(int code, String msg) {
        System.err.println("ENTENTE-NEO4J ERROR " + msg);
        System.err.flush();
        // halt, not exit: a failed start must not wait on Neo4j's shutdown hooks.
        Runtime.getRuntime().halt(code);
    }
}
