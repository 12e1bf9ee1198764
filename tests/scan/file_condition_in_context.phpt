--TEST--
No guesses: "No such file or directory" (ENOENT's text, in every language) is a socket's failure only where a connect's envelope, code or socket path goes with it on its line; a missing file's message is Unknown
--EXTENSIONS--
sockerr
--FILE--
<?php
function show(string $line): void
{
    $r = sockerr_explain($line);
    printf("%-20s %-7s %-40s %s\n", $r['error'], $r['name'] ?? '-', json_encode($r['matched'], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), $line);
}
function warning_of(callable $call): string
{
    $message = '';
    set_error_handler(function (int $no, string $text) use (&$message) { $message = $text; return true; });
    $call();
    restore_error_handler();
    return $message;
}
// real failures, produced here: a unix socket that does not exist, a file that does not exist
$socket = sys_get_temp_dir() . '/sockerr-no-such-' . getmypid() . '.sock';
$connect = warning_of(fn () => stream_socket_client("unix://$socket", $errno, $errstr, 1));
$open = warning_of(fn () => fopen(sys_get_temp_dir() . '/sockerr-no-such-' . getmypid() . '/app.ini', 'r'));
echo str_replace($socket, '<socket>', $connect), "\n";
printf("%s, %s\n", SocketError::fromMessage($connect)->name, sockerr_explain($connect)['name']);
echo preg_replace('~\(.*\)~', '(<file>)', $open), "\n";
printf("%s, matched %s\n", SocketError::fromMessage($open)->name, json_encode(sockerr_explain($open)['matched']));

// a connect's envelope, code or word before the text, on its line
show('SQLSTATE[HY000] [2002] No such file or directory');
show('mysqli_connect(): (HY000/2002): No such file or directory');
show('socket_connect(): unable to connect [2]: No such file or directory');
show('connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream');
show('could not connect to server: No such file or directory');
show('connection to server on socket "/run/postgresql/.s.PGSQL.5432" failed: No such file or directory');
show('SQLSTATE[HY000] [2002] Datei oder Verzeichnis nicht gefunden');
show('php_network_getaddresses: getaddrinfo for db failed: 没有那个文件或目录');
// the word "connect" (Go, redis-cli) before it too; Apache's errno before it, Predis's socket after it
show('dial unix /var/run/docker.sock: connect: no such file or directory');
show('Could not connect to Redis at /tmp/redis.sock: No such file or directory');
show('[proxy:error] [pid 1234] (2)No such file or directory: AH02454: FCGI: attempt to connect to Unix domain socket /run/php/php8.2-fpm.sock (*) failed');
show('No such file or directory [unix:/var/run/redis/redis.sock]');
// a file's condition: no socket case, the text kept in the record
show('No such file or directory');
show('sed: /tmp/adblocker_hostlist: No such file or directory');
show('PHP Warning:  require(vendor/autoload.php): Failed to open stream: No such file or directory in /app/index.php on line 3');
show('cat: foo: Datei oder Verzeichnis nicht gefunden');
show('(x)No such file or directory');
show('disconnect: No such file or directory');
show('Database connection config: No such file or directory');
// a connect on an earlier line says nothing of this one
foreach (["SQLSTATE[HY000] [2002] Connection refused\nsed: /tmp/x: No such file or directory",
        "Could not connect to Redis at 127.0.0.1:6379: Connection refused\nsed: /tmp/x: No such file or directory"] as $text) {
    foreach (sockerr_scan($text) as $f) {
        printf("%-20s %-7s %s\n", $f['error'], $f['kind'], json_encode($f['text']));
    }
}
// the symbol and the number are codes, read as the tables read them
show('ENOENT');
show('errno=2');
?>
--EXPECT--
stream_socket_client(): Unable to connect to unix://<socket> (No such file or directory)
AddressNotAvailable, ENOENT
fopen(<file>): Failed to open stream: No such file or directory
Unknown, matched "No such file or directory"
AddressNotAvailable  ENOENT  "No such file or directory"              SQLSTATE[HY000] [2002] No such file or directory
AddressNotAvailable  ENOENT  "No such file or directory"              mysqli_connect(): (HY000/2002): No such file or directory
AddressNotAvailable  ENOENT  "[2]:"                                   socket_connect(): unable to connect [2]: No such file or directory
AddressNotAvailable  ENOENT  "No such file or directory"              connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream
AddressNotAvailable  ENOENT  "No such file or directory"              could not connect to server: No such file or directory
AddressNotAvailable  ENOENT  "No such file or directory"              connection to server on socket "/run/postgresql/.s.PGSQL.5432" failed: No such file or directory
AddressNotAvailable  ENOENT  "Datei oder Verzeichnis nicht gefunden"  SQLSTATE[HY000] [2002] Datei oder Verzeichnis nicht gefunden
AddressNotAvailable  ENOENT  "没有那个文件或目录"            php_network_getaddresses: getaddrinfo for db failed: 没有那个文件或目录
AddressNotAvailable  ENOENT  "no such file or directory"              dial unix /var/run/docker.sock: connect: no such file or directory
AddressNotAvailable  ENOENT  "No such file or directory"              Could not connect to Redis at /tmp/redis.sock: No such file or directory
AddressNotAvailable  ENOENT  "No such file or directory"              [proxy:error] [pid 1234] (2)No such file or directory: AH02454: FCGI: attempt to connect to Unix domain socket /run/php/php8.2-fpm.sock (*) failed
AddressNotAvailable  ENOENT  "No such file or directory"              No such file or directory [unix:/var/run/redis/redis.sock]
Unknown              -       "No such file or directory"              No such file or directory
Unknown              -       "No such file or directory"              sed: /tmp/adblocker_hostlist: No such file or directory
Unknown              -       "No such file or directory"              PHP Warning:  require(vendor/autoload.php): Failed to open stream: No such file or directory in /app/index.php on line 3
Unknown              -       "Datei oder Verzeichnis nicht gefunden"  cat: foo: Datei oder Verzeichnis nicht gefunden
Unknown              -       "No such file or directory"              (x)No such file or directory
Unknown              -       "No such file or directory"              disconnect: No such file or directory
Unknown              -       "No such file or directory"              Database connection config: No such file or directory
Unknown              envelope "SQLSTATE[HY000] [2002]"
ConnectionRefused    message "Connection refused"
Unknown              message "No such file or directory"
ConnectionRefused    message "Connection refused"
Unknown              message "No such file or directory"
AddressNotAvailable  ENOENT  null                                     ENOENT
AddressNotAvailable  ENOENT  "errno=2"                                errno=2
