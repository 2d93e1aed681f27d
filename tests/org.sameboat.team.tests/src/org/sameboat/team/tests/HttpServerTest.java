package org.sameboat.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.resolver.FileResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Coding;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.team.SyncMonitor;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamShare;
import org.sameboat.team.TeamStatus;
import org.sameboat.team.TeamSync;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Two coders sharing a project through JGit's own HTTP server on an embedded Jetty, on this machine only, with a token. */
class HttpServerTest {

    private static final String TOKEN = "glpat-not-to-be-stored-4711";

    @TempDir
    Path tmp;
    private Server jetty;
    private DroppingProxy proxy;
    private SharedProjects shared;
    private String remote;
    private CredentialsProvider before;

    @BeforeEach
    void startServer() throws Exception {
        shared = new SharedProjects(tmp);
        GitServlet git = new GitServlet();
        git.setRepositoryResolver(new FileResolver<>(tmp.toFile(), true));
        git.setReceivePackFactory((request, repository) -> new ReceivePack(repository));
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(git), "/git/*");
        // a server that wants a token, as a university GitLab does over HTTPS
        Filter tokenRequired = (request, response, chain) -> {
            String expected = "Basic " + Base64.getEncoder().encodeToString(("ann:" + TOKEN).getBytes(StandardCharsets.UTF_8));
            if (expected.equals(((HttpServletRequest) request).getHeader("Authorization"))) {
                chain.doFilter(request, response);
            } else {
                ((HttpServletResponse) response).setHeader("WWW-Authenticate", "Basic realm=\"git\"");
                ((HttpServletResponse) response).sendError(401);
            }
        };
        context.addFilter(new FilterHolder(tokenRequired), "/*", EnumSet.of(DispatcherType.REQUEST));
        jetty = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        jetty.setHandler(context);
        jetty.start();
        proxy = new DroppingProxy(((ServerConnector) jetty.getConnectors()[0]).getLocalPort());
        remote = "http://127.0.0.1:" + proxy.port() + "/git/shared.git";
        before = CredentialsProvider.getDefault();
        // the token comes from a credentials provider, as JGit's ~/.netrc provider would give it on a coder's machine
        CredentialsProvider.setDefault(new UsernamePasswordCredentialsProvider("ann", TOKEN));
    }

    @AfterEach
    void stopServer() throws Exception {
        CredentialsProvider.setDefault(before);
        proxy.close();
        jetty.stop();
    }

    private static String codeSomething(Project project, String coder, long seed) {
        Random random = new Random(seed);
        var document = project.getDocuments().get(0);
        int start = 5 + random.nextInt(10);
        Coding coding = Codings.add(document, CodePaths.find(project, "5").orElseThrow(), Lookups.coder(project, coder).orElseThrow(),
                start, start + 5, TeamFixtures.CLOCK);
        return coding.getId();
    }

    @Test
    void twoCodersShareThroughTheHttpServerAndNoTokenIsWrittenAnywhere() throws Exception {
        Path ann = shared.newProject("ann");
        new TeamShare().init(ann, remote, "ann");
        Path ben = shared.folder("ben");
        new TeamShare().cloneInto(remote, ben, "ben");
        String[] made = new String[2];
        shared.edit(ann, p -> made[0] = codeSomething(p, "ann", 1));
        shared.edit(ben, p -> made[1] = codeSomething(p, "ben", 2));
        TeamSync sync = new TeamSync();
        sync.run(ann, SyncMonitor.SILENT);
        sync.run(ben, SyncMonitor.SILENT);
        sync.run(ann, SyncMonitor.SILENT);
        for (Path folder : new Path[] {ann, ben}) {
            Project project = shared.load(folder);
            assertTrue(Lookups.document(project, project.getDocuments().get(0).getId()).orElseThrow().getCodings().stream()
                    .map(Coding::getId).toList().containsAll(java.util.List.of(made[0], made[1])), folder + " has both codings");
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(TOKEN), file + " holds no token");
                }
            }
        }
    }

    @Test
    void aConnectionDroppedInTheMiddleOfAPushLeavesEverythingIntactAndTheNextSyncSucceeds() throws Exception {
        Path ann = shared.newProject("ann");
        new TeamShare().init(ann, remote, "ann");
        ObjectId sharedBefore = sharedHead();
        String[] made = new String[1];
        shared.edit(ann, p -> made[0] = codeSomething(p, "ann", 3));
        proxy.dropNextPush();
        TeamException dropped = assertThrows(TeamException.class, () -> new TeamSync().run(ann, SyncMonitor.SILENT));
        assertTrue(proxy.dropped(), "the connection was cut while the pack was on its way");
        assertTrue(dropped.getMessage().contains("committed here"), dropped.getMessage());
        assertEquals(sharedBefore, sharedHead(), "the server kept its branch as it was");
        assertTrue(shared.load(ann).getDocuments().get(0).getCodings().stream().anyMatch(c -> c.getId().equals(made[0])), "the project is intact");
        assertEquals(1, TeamStatus.of(ann).unsentCommits(), "the work is committed here, waiting");
        new TeamSync().run(ann, SyncMonitor.SILENT);
        assertFalse(sharedBefore.equals(sharedHead()), "the next sync sent it");
        Path ben = shared.folder("ben");
        new TeamShare().cloneInto(remote, ben, "ben");
        assertTrue(shared.load(ben).getDocuments().get(0).getCodings().stream().anyMatch(c -> c.getId().equals(made[0])));
    }

    private ObjectId sharedHead() throws IOException {
        try (Git git = Git.open(shared.bare.toFile()); Repository repository = git.getRepository()) {
            return repository.resolve(Constants.R_HEADS + "main");
        }
    }
}
