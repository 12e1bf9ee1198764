<?php
/*
 * A failed Guzzle request, logged with Monolog: sockerr_explain($e) as the log context.
 * Needs Debian's php-guzzlehttp-guzzle and php-monolog (scripts/deps installs them).
 * Run: php -d extension=modules/sockerr.so examples/log_failed_guzzle_request.php
 */
require 'GuzzleHttp/autoload.php';
require 'Monolog/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Exception\TransferException;
use Monolog\Formatter\JsonFormatter;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;

$handler = new StreamHandler('php://stdout');
$handler->setFormatter(new JsonFormatter(JsonFormatter::BATCH_MODE_NEWLINES, true));
$log = new Logger('app', [$handler]);

// a loopback port that nothing listens on
$probe = stream_socket_server('tcp://127.0.0.1:0');
$address = stream_socket_get_name($probe, false);
fclose($probe);

try {
    (new Client(['connect_timeout' => 2, 'proxy' => '']))->get("http://$address/api/orders");
} catch (TransferException $e) {
    $log->error('Order service unreachable', sockerr_explain($e));
}
