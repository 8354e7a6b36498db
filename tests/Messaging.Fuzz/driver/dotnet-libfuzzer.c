// libFuzzer driver for a .NET fuzz target that uses SharpFuzz's Fuzzer.LibFuzzer.Run.
//
// libFuzzer runs in this process; the .NET target runs in one long-lived child process. They share one System V
// shared-memory segment: the first COVERAGE_SIZE bytes are the edge counters that SharpFuzz's instrumentation
// bumps, the rest holds the current input. Two pipes carry the rest of SharpFuzz's protocol: this process writes
// a 32-bit input length on the control pipe, the child runs the target and answers a 32-bit status on the status
// pipe (0: fine, anything else: an exception escaped). The child announces itself with one status after start-up.
// After each input the counters are copied into libFuzzer's extra-counters section, which is how the .NET
// coverage guides the mutations.
//
// Findings: a non-zero status, or the child dying, calls abort(), so libFuzzer saves the input as crash-<sha1>.
// A child stuck in a loop leaves this process blocked in read(); libFuzzer's -timeout alarm then saves the input
// as timeout-<sha1> and exits, and the kernel kills the child with us (PR_SET_PDEATHSIG).
//
// The child is `dotnet $MESSAGING_FUZZ_TARGET` (a path to the harness .dll).
//
// Build: clang -O2 -fsanitize=fuzzer dotnet-libfuzzer.c -o dotnet-libfuzzer

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/shm.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

// SharpFuzz's sizes: 64 KiB of edge counters, then up to 1 MiB of input.
enum { COVERAGE_SIZE = 1 << 16, MAX_INPUT = 1 << 20 };

// Only libFuzzer reads it (through the linker's __start_/__stop_ symbols of the section): `used` and external
// linkage keep the compiler from dropping an array it only sees written.
__attribute__((used, section("__libfuzzer_extra_counters"))) uint8_t s_counters[COVERAGE_SIZE];

static uint8_t *s_shared;
static int s_control = -1;
static int s_status = -1;
static pid_t s_child;

static void fail(const char *what)
{
    fprintf(stderr, "dotnet-libfuzzer: %s: %s\n", what, strerror(errno));
    exit(1);
}

// Reports how the child ended and aborts, so libFuzzer keeps the input that ended it.
__attribute__((noreturn)) static void child_died(void)
{
    int status = 0;
    if (waitpid(s_child, &status, 0) == s_child)
    {
        if (WIFSIGNALED(status))
        {
            fprintf(stderr, "dotnet-libfuzzer: the .NET target was killed by signal %d\n", WTERMSIG(status));
        }
        else if (WIFEXITED(status))
        {
            fprintf(stderr, "dotnet-libfuzzer: the .NET target exited with code %d\n", WEXITSTATUS(status));
        }
    }

    abort();
}

static int write_all(int fd, const void *data, size_t size)
{
    const uint8_t *bytes = data;
    while (size > 0)
    {
        ssize_t written = write(fd, bytes, size);
        if (written < 0 && errno == EINTR)
        {
            continue;
        }

        if (written <= 0)
        {
            return -1;
        }

        bytes += written;
        size -= (size_t)written;
    }

    return 0;
}

// Returns 0 on success, -1 when the pipe closed (the child is gone).
static int read_all(int fd, void *data, size_t size)
{
    uint8_t *bytes = data;
    while (size > 0)
    {
        ssize_t got = read(fd, bytes, size);
        if (got < 0 && errno == EINTR)
        {
            continue; // libFuzzer's timeout alarm; it exits from its handler once the limit is passed.
        }

        if (got <= 0)
        {
            return -1;
        }

        bytes += got;
        size -= (size_t)got;
    }

    return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *target = getenv("MESSAGING_FUZZ_TARGET");
    if (target == NULL || *target == '\0')
    {
        fprintf(stderr, "dotnet-libfuzzer: set MESSAGING_FUZZ_TARGET to the path of the fuzz harness .dll\n");
        exit(1);
    }

    // A dead child must show up as a closed pipe, not as a signal that kills us.
    signal(SIGPIPE, SIG_IGN);

    int shm = shmget(IPC_PRIVATE, COVERAGE_SIZE + MAX_INPUT, IPC_CREAT | IPC_EXCL | 0600);
    if (shm < 0)
    {
        fail("shmget");
    }

    s_shared = shmat(shm, NULL, 0);
    if (s_shared == (void *)-1)
    {
        fail("shmat");
    }

    int control[2];
    int status[2];
    if (pipe(control) != 0 || pipe(status) != 0)
    {
        fail("pipe");
    }

    // Our ends must not leak into the child, or it would never see end-of-file when we go.
    fcntl(control[1], F_SETFD, FD_CLOEXEC);
    fcntl(status[0], F_SETFD, FD_CLOEXEC);

    pid_t parent = getpid();
    s_child = fork();
    if (s_child < 0)
    {
        fail("fork");
    }

    if (s_child == 0)
    {
        // Die with the fuzzer however it ends (a timeout exits without running atexit handlers).
        if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
        {
            _exit(1);
        }

        char value[16];
        snprintf(value, sizeof value, "%d", shm);
        setenv("__LIBFUZZER_SHM_ID", value, 1);
        snprintf(value, sizeof value, "%d", control[0]);
        setenv("__LIBFUZZER_CONTROL_PIPE_ID", value, 1);
        snprintf(value, sizeof value, "%d", status[1]);
        setenv("__LIBFUZZER_STATUS_PIPE_ID", value, 1);
        execlp("dotnet", "dotnet", target, (char *)NULL);
        fprintf(stderr, "dotnet-libfuzzer: cannot start dotnet: %s\n", strerror(errno));
        _exit(127);
    }

    close(control[0]);
    close(status[1]);
    s_control = control[1];
    s_status = status[0];

    int32_t ready;
    if (read_all(s_status, &ready, sizeof ready) != 0)
    {
        shmctl(shm, IPC_RMID, NULL);
        fprintf(stderr, "dotnet-libfuzzer: the .NET target ended before it was ready (is it calling Fuzzer.LibFuzzer.Run?)\n");
        exit(1);
    }

    // Both processes are attached now: mark the segment for removal so no exit path can leak it.
    shmctl(shm, IPC_RMID, NULL);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MAX_INPUT)
    {
        return 0; // SharpFuzz's segment holds 1 MiB; run with -max_len below that.
    }

    memset(s_shared, 0, COVERAGE_SIZE);
    if (size > 0)
    {
        memcpy(s_shared + COVERAGE_SIZE, data, size);
    }

    int32_t length = (int32_t)size;
    int32_t status = 0;
    if (write_all(s_control, &length, sizeof length) != 0 || read_all(s_status, &status, sizeof status) != 0)
    {
        child_died();
    }

    memcpy(s_counters, s_shared, COVERAGE_SIZE);
    if (status != 0)
    {
        fprintf(stderr, "dotnet-libfuzzer: the .NET target reported a crash (status %d); its exception is above\n", status);
        abort();
    }

    return 0;
}
