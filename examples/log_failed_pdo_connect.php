<?php
/*
 * A failed PDO connect, logged with Monolog: the same record for a database.
 * Needs Debian's php-mysql and php-monolog (scripts/deps installs them).
 * Run: php -d extension=modules/sockerr.so examples/log_failed_pdo_connect.php
 */
require 'Monolog/autoload.php';

use Monolog\Formatter\LineFormatter;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;

$handler = new StreamHandler('php://stdout');
$handler->setFormatter(new LineFormatter("%level_name%: %message% %context%\n"));
$log = new Logger('app', [$handler]);

// "localhost" makes mysqlnd use a unix socket: here, one that does not exist
$dsn = 'mysql:host=localhost;unix_socket=/tmp/sockerr-example-missing.sock;dbname=shop';
try {
    new PDO($dsn, 'shop', 'secret');
} catch (PDOException $e) {
    $why = sockerr_explain($e);
    $log->error($e->getMessage(), ['error' => $why['error'], 'name' => $why['name'], 'summary' => $why['summary'],
        'first_cause' => $why['causes'][0], 'first_hint' => $why['hints'][0]]);
}
