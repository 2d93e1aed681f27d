package org.sameboat.team;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.util.SystemReader;

/**
 * Reaching a Git server the way Git itself does, with nothing of Sameboat's own: HTTPS credentials (a GitLab access
 * token, say) come from ~/.netrc, as for curl and Git; SSH goes through the system's ssh program (GIT_SSH, as Git's
 * GIT_SSH), so that keys, the agent and ~/.ssh/config work unchanged. Nothing is ever written into the project.
 */
public final class GitAccess {

    private static boolean installed;

    private GitAccess() {
    }

    public static synchronized void useGitsOwnWays() {
        if (installed) {
            return;
        }
        installed = true;
        if (CredentialsProvider.getDefault() == null) {
            CredentialsProvider.setDefault(new NetRCCredentialsProvider());
        }
        SystemReader system = SystemReader.getInstance();
        if (SshSessionFactory.getInstance() == null && system.getenv("GIT_SSH") == null) {
            // JGit hands ssh:// remotes to the program GIT_SSH names; without one, the ssh on the PATH
            SystemReader.setInstance(new SystemReader.Delegate(system) {
                @Override
                public String getenv(String variable) {
                    return "GIT_SSH".equals(variable) ? "ssh" : super.getenv(variable);
                }
            });
        }
    }
}
