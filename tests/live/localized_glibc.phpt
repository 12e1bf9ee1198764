--TEST--
live: real failures under six glibc locales (German, French, Russian, Chinese, Japanese, Spanish): PHP's own localized warnings classify as in English
--EXTENSIONS--
sockerr
sockets
--SKIPIF--
<?php
if (PHP_OS_FAMILY !== 'Linux' || !is_file('/usr/lib/x86_64-linux-gnu/libc.so.6') && !glob('/usr/lib/*/libc.so.6')) die('skip needs glibc');
exec('command -v localedef', $out, $status);
if ($status !== 0 || !is_dir('/usr/share/i18n/locales')) die('skip needs localedef and /usr/share/i18n/locales (Debian: locales)');
foreach (['de', 'fr', 'ru', 'zh_CN', 'ja', 'es'] as $lang) {
    if (!is_file("/usr/share/locale/$lang/LC_MESSAGES/libc.mo")) die("skip needs glibc's translations (Debian: libc-l10n)");
}
?>
--FILE--
<?php
require __DIR__ . '/live.inc';
// the locales are compiled into a directory of this test's own, which LOCPATH points glibc at
$dir = sys_get_temp_dir() . '/sockerr-locales-' . getmypid();
mkdir($dir);
putenv("LOCPATH=$dir");
putenv('LANGUAGE');
$port = closed_port();
foreach (['de_DE', 'fr_FR', 'ru_RU', 'zh_CN', 'ja_JP', 'es_ES'] as $locale) {
    exec('localedef -i ' . escapeshellarg($locale) . ' -f UTF-8 ' . escapeshellarg("$dir/$locale.UTF-8") . ' 2>&1', $out, $status);
    if ($status > 1 || setlocale(LC_ALL, "$locale.UTF-8") === false) { // 1: warnings only
        echo "$locale: localedef failed: ", implode(' ', $out), "\n";
        continue;
    }
    $english = [];
    setlocale(LC_MESSAGES, 'C');
    @stream_socket_client("tcp://127.0.0.1:$port", $errno, $english[], 2);
    @stream_socket_client('tcp://sockerr-test.invalid:80', $errno, $english[], 2);
    setlocale(LC_MESSAGES, "$locale.UTF-8");

    $texts = [];
    @stream_socket_client("tcp://127.0.0.1:$port", $errno, $texts[], 2);          // a refused connect
    @stream_socket_client('tcp://sockerr-test.invalid:80', $errno, $texts[], 2);  // a name that does not exist
    $socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    @socket_connect($socket, '127.0.0.1', $port);
    $texts[] = 'socket_connect(): unable to connect [' . socket_last_error($socket) . ']: ' . socket_strerror(socket_last_error($socket));
    socket_close($socket);

    $line = [];
    foreach ($texts as $i => $text) {
        $r = sockerr_explain($text);
        $localized = !isset($english[$i]) || $text !== $english[$i] ? 'localized' : 'ENGLISH';
        $line[] = sprintf('%s %s %s', $localized, $r['error'], $r['name'] ?? '-');
    }
    echo "$locale: ", implode(' | ', $line), "\n";
}
setlocale(LC_ALL, 'C');
exec('rm -rf ' . escapeshellarg($dir));
?>
--EXPECT--
de_DE: localized ConnectionRefused ECONNREFUSED | localized HostNotFound EAI_NONAME | localized ConnectionRefused ECONNREFUSED
fr_FR: localized ConnectionRefused ECONNREFUSED | localized HostNotFound EAI_NONAME | localized ConnectionRefused ECONNREFUSED
ru_RU: localized ConnectionRefused ECONNREFUSED | localized HostNotFound EAI_NONAME | localized ConnectionRefused ECONNREFUSED
zh_CN: localized ConnectionRefused ECONNREFUSED | localized HostNotFound EAI_NONAME | localized ConnectionRefused ECONNREFUSED
ja_JP: localized ConnectionRefused ECONNREFUSED | localized HostNotFound EAI_NONAME | localized ConnectionRefused ECONNREFUSED
es_ES: localized ConnectionRefused ECONNREFUSED | localized HostNotFound EAI_NONAME | localized ConnectionRefused ECONNREFUSED
