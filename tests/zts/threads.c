/*
 * sockerr from several threads at once, in one thread-safe (ZTS) PHP: the embed SAPI
 * (libphp) is started once with sockerr loaded as a shared extension, a reference request
 * on the main thread records what a probe returns, then THREADS threads each run REQUESTS
 * requests of their own at the same time (ts_resource, php_request_startup,
 * zend_eval_string, php_request_shutdown, ts_free_thread), every request running the probe
 * ITERATIONS times and comparing each result with the reference (a difference is reported
 * with the parts that differ). The engine is then shut down. Prints one line per failure and ends with "N passed, N failed" (one test per
 * request, plus the reference's own checks); exits 1 when anything failed. A crash or a
 * hang ends the process without that line, which its runner (tests/zts/run) counts as a
 * failure.
 *
 * Usage: threads /path/to/sockerr.so [threads [requests [iterations]]]
 * Build: tests/zts/run (needs a PHP configured with --enable-zts --enable-embed).
 */
#include <sapi/embed/php_embed.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ZTS
# error "tests/zts/threads.c needs a thread-safe PHP (--enable-zts)"
#endif

/* The probe: one JSON document of everything the extension answers for a fixed set of
 * questions, touching the shared records, the enum, the scanner, the listings and the
 * exception walk. */
#define PROBE \
	"$probe = static function (): string {\n" \
	"    $r = sockerr_explain(111, 'linux');\n" \
	"    $changed = $r; $changed['summary'] = 'changed'; $changed['causes'][] = 'changed';\n" \
	"    $again = sockerr_explain(111, 'linux');\n" \
	"    $out = [\n" \
	"        'explain' => $r,\n" \
	"        'unchanged' => $again === $r,\n" \
	"        'symbol' => sockerr_explain('ETIMEDOUT'),\n" \
	"        'text' => sockerr_explain('getaddrinfo for db failed: Name or service not known'),\n" \
	"        'native' => [SocketError::fromNative(111, 'linux')->name, SocketError::fromNative(61, 'darwin')->name,\n" \
	"                     SocketError::fromNative(10061, 'windows')->name, SocketError::fromNative(424242, 'linux')->name],\n" \
	"        'name' => [SocketError::fromName('ECONNRESET')->name, SocketError::tryFromName('no such name')],\n" \
	"        'case' => [SocketError::TimedOut->nativeCode('linux'), SocketError::TimedOut->nativeName('windows'),\n" \
	"                   SocketError::TimedOut->isTransient(), SocketError::TimedOut->isTimeout(), SocketError::TimedOut->message()],\n" \
	"        'message' => [SocketError::fromMessage('cURL error 28: Operation timed out after 1000 milliseconds')->name,\n" \
	"                      SocketError::fromMessage('SQLSTATE[HY000] [2002] Connection refused')->name,\n" \
	"                      SocketError::fromMessage('nothing to see here')->name],\n" \
	"        'scan' => sockerr_scan(\"a connect() failed: Connection refused (errno=111)\\n[WinError 10060] x\\ncurl: (6) Could not resolve host: db\"),\n" \
	"        'errors' => count(sockerr_errors('linux')) . ' ' . count(sockerr_errors('windows')),\n" \
	"        'platform' => sockerr_platform(),\n" \
	"        'throwable' => sockerr_explain(new RuntimeException('request failed', 0,\n" \
	"            new Exception('stream_socket_client(): Unable to connect to tcp://127.0.0.1:1 (Connection refused)'))),\n" \
	"    ];\n" \
	"    try { sockerr_explain(111, 'no-such-platform'); $out['bad'] = 'no error'; }\n" \
	"    catch (ValueError $e) { $out['bad'] = $e->getMessage(); }\n" \
	"    return json_encode($out, JSON_THROW_ON_ERROR);\n" \
	"};\n"

/* The reference request: the probe's JSON (base64, to be pasted into the threads' code),
 * after checking a few answers by name (so that a wrong answer everywhere, not only a
 * differing one, fails). */
static const char reference_code[] =
	"(function (): string {\n" PROBE
	"    $bad = [];\n"
	"    if (sockerr_explain(111, 'linux')['error'] !== 'ConnectionRefused') $bad[] = 'sockerr_explain(111, linux)';\n"
	"    if (SocketError::fromNative(10061, 'windows') !== SocketError::ConnectionRefused) $bad[] = 'fromNative(10061, windows)';\n"
	"    if (SocketError::fromMessage('connect() failed: Connection refused') !== SocketError::ConnectionRefused) $bad[] = 'fromMessage';\n"
	"    if (count(sockerr_scan('errno=111 and ECONNRESET')) < 2) $bad[] = 'sockerr_scan';\n"
	"    if (count(sockerr_errors('linux')) < 100) $bad[] = 'sockerr_errors(linux)';\n"
	"    if (sockerr_explain(new RuntimeException('x', 0, new Exception('Connection refused')))['error'] !== 'ConnectionRefused') $bad[] = 'Throwable';\n"
	"    if (!json_decode($probe(), true)['unchanged']) $bad[] = 'a changed record changed the next one';\n"
	"    return $bad ? 'wrong: ' . implode(', ', $bad) : base64_encode($probe());\n"
	"})()";

static char *thread_code;          /* built once the reference is known */
static int thread_count = 8, requests = 3, iterations = 300;
static int passed, failed;
static pthread_mutex_t count_lock = PTHREAD_MUTEX_INITIALIZER;

static void result(int ok, const char *what)
{
	pthread_mutex_lock(&count_lock);
	if (ok) {
		passed++;
	} else {
		failed++;
		fprintf(stdout, "FAIL: %s\n", what);
		fflush(stdout);
	}
	pthread_mutex_unlock(&count_lock);
}

/* One request on the calling thread: evaluates code, which returns a string, and copies
 * that string into out. Returns 0 on success. */
static int request(const char *code, const char *name, char *out, size_t out_size)
{
	zval retval;
	volatile int status = 1; /* (set inside zend_try) */

	SG(options) |= SAPI_OPTION_NO_CHDIR;
	SG(request_info).argc = 0;
	SG(request_info).argv = NULL;
	if (php_request_startup() == FAILURE) {
		snprintf(out, out_size, "php_request_startup() failed");
		return 1;
	}
	SG(headers_sent) = 1;
	SG(request_info).no_headers = 1;

	ZVAL_UNDEF(&retval);
	zend_try {
		if (zend_eval_stringl_ex(code, strlen(code), &retval, name, 1) == SUCCESS
				&& Z_TYPE(retval) == IS_STRING) {
			snprintf(out, out_size, "%s", Z_STRVAL(retval));
			status = 0;
		} else {
			snprintf(out, out_size, "the code did not return a string (an exception or a fatal error?)");
		}
	} zend_catch {
		snprintf(out, out_size, "bailout (fatal error)");
	} zend_end_try();
	zval_ptr_dtor(&retval);

	php_request_shutdown(NULL);
	return status;
}

static void *worker(void *arg)
{
	int id = (int)(intptr_t)arg, r;
	char out[4096], what[4200];

	/* this thread's globals (TSRM): allocated here, freed by ts_free_thread() */
	(void)ts_resource(0);
	for (r = 0; r < requests; r++) {
		int status = request(thread_code, "threads.c", out, sizeof out);
		int ok = status == 0 && strcmp(out, "ok") == 0;
		snprintf(what, sizeof what, "thread %d request %d: %s", id, r, out);
		result(ok, what);
	}
	ts_free_thread();
	return NULL;
}

int main(int argc, char **argv)
{
	static const char ini_format[] =
		"html_errors=0\n"
		"display_errors=1\n"
		"log_errors=0\n"
		"report_memleaks=1\n"
		"implicit_flush=1\n"
		"output_buffering=0\n"
		"max_execution_time=0\n"
		"max_input_time=-1\n"
		"memory_limit=256M\n"
		"extension=%s\n";
	char *ini, reference[65536];
	pthread_t *threads;
	int i, started = 0;
	size_t size;

	if (argc < 2) {
		fprintf(stderr, "usage: %s /path/to/sockerr.so [threads [requests [iterations]]]\n", argv[0]);
		return 2;
	}
	if (argc > 2) thread_count = atoi(argv[2]);
	if (argc > 3) requests = atoi(argv[3]);
	if (argc > 4) iterations = atoi(argv[4]);
	if (thread_count < 1 || thread_count > 256 || requests < 1 || iterations < 1) {
		fprintf(stderr, "threads must be 1..256, requests and iterations at least 1\n");
		return 2;
	}

	/* as php_embed_init() does, with our INI (no php.ini) and without its request */
#if defined(SIGPIPE) && defined(SIG_IGN)
	signal(SIGPIPE, SIG_IGN);
#endif
	php_tsrm_startup();
	zend_signal_startup();
	sapi_startup(&php_embed_module);
	size = sizeof ini_format + strlen(argv[1]);
	ini = malloc(size);
	snprintf(ini, size, ini_format, argv[1]);
	php_embed_module.ini_entries = ini;
	php_embed_module.php_ini_ignore = 1;
	php_embed_module.executable_location = argv[0];
	if (php_embed_module.startup(&php_embed_module) == FAILURE) {
		fprintf(stderr, "php_module_startup() failed\n");
		return 1;
	}

	if (!zend_hash_str_exists(&module_registry, "sockerr", sizeof "sockerr" - 1)) {
		result(0, "sockerr is not loaded (extension= in the INI)");
	} else if (request(reference_code, "reference", reference, sizeof reference) != 0
			|| strncmp(reference, "wrong: ", 7) == 0) {
		result(0, reference);
	} else {
		result(1, "reference");
		size = strlen(PROBE) + strlen(reference) + 1024;
		thread_code = malloc(size);
		snprintf(thread_code, size,
			"(function (): string {\n%s"
			"    $reference = base64_decode('%s');\n"
			"    for ($i = 0; $i < %d; $i++) {\n"
			"        if (($json = $probe()) === $reference) continue;\n"
			"        $got = json_decode($json, true); $want = json_decode($reference, true); $diff = [];\n"
			"        foreach ($want as $k => $v) if (($got[$k] ?? null) !== $v) $diff[$k] = $got[$k] ?? null;\n"
			"        return \"iteration $i differs in \" . json_encode($diff);\n"
			"    }\n"
			"    return 'ok';\n"
			"})()", PROBE, reference, iterations);

		threads = calloc(thread_count, sizeof *threads);
		for (i = 0; i < thread_count; i++) {
			if (pthread_create(&threads[i], NULL, worker, (void *)(intptr_t)i) != 0) {
				result(0, "pthread_create() failed");
				break;
			}
			started++;
		}
		for (i = 0; i < started; i++) {
			pthread_join(threads[i], NULL);
		}
		free(threads);
		free(thread_code);
	}

	/* as php_embed_shutdown() does, without a request to end */
	php_module_shutdown();
	sapi_shutdown();
	tsrm_shutdown();
	free(ini);
	php_embed_module.ini_entries = NULL;

	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
