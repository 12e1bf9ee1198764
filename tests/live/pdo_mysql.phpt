--TEST--
live: PDOException from pdo_mysql: a closed loopback port, and "localhost" meaning a unix socket that is missing
--SKIPIF--
<?php
require __DIR__ . '/live.inc';
skip_on_windows('mysqlnd connects to localhost by named pipe on Windows, not by unix socket');
?>
--EXTENSIONS--
sockerr
mysqlnd
pdo
pdo_mysql
--FILE--
<?php
require __DIR__ . '/live.inc';
foreach (['mysql:host=127.0.0.1;port=' . closed_port(),
    'mysql:host=localhost;unix_socket=' . sys_get_temp_dir() . '/sockerr-missing-' . getmypid() . '.sock'] as $dsn) {
    try {
        new PDO($dsn, 'user', 'secret', [PDO::ATTR_TIMEOUT => 2]);
    } catch (PDOException $e) {
        echo $e->getMessage(), "\n", summary(sockerr_explain($e)), "\n";
    }
}
?>
--EXPECT--
SQLSTATE[HY000] [2002] Connection refused
ConnectionRefused ECONNREFUSED native=- family=errno curl=- matched="{message}" transient=true
SQLSTATE[HY000] [2002] No such file or directory
AddressNotAvailable ENOENT native=- family=errno curl=- matched="{message}" transient=false
