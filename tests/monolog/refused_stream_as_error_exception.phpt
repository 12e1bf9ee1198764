--TEST--
monolog: a refused stream_socket_client() turned into an ErrorException (as Laravel's and Symfony's error handlers do) and logged with ['exception' => $e] gets extra['socket_error']
--SKIPIF--
<?php if (!stream_resolve_include_path('Monolog/autoload.php')) die('skip php-monolog is not installed'); ?>
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/monolog.inc';
[$logger, $handler] = logger();
set_error_handler(function (int $type, string $message, string $file, int $line) {
    throw new ErrorException($message, 0, $type, $file, $line);
});
foreach (['tcp://127.0.0.1:' . closed_port(), 'tcp://nonexistent.invalid:80'] as $address) {
    try {
        stream_socket_client($address, $errno, $errstr, 2);
    } catch (ErrorException $e) {
        // Laravel's Handler::report(): the message, and the exception under 'exception'
        $logger->error($e->getMessage(), ['userId' => 7, 'exception' => $e]);
        echo socket_error($handler), "\n";
        // the record's other parts are as they were
        $record = $handler->getRecords()[count($handler->getRecords()) - 1];
        var_dump($record['message'] === $e->getMessage(), $record['context']['exception'] === $e, count($record['extra']));
    }
}
?>
--EXPECT--
ConnectionRefused ECONNREFUSED native=- platform=null curl=- transient=true cause=text hint=text [compact]
bool(true)
bool(true)
int(1)
HostNotFound EAI_NONAME native=host platform=host curl=- transient=false cause=text hint=text [compact]
bool(true)
bool(true)
int(1)
