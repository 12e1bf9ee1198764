<?php
// Served by php-fpm in bench/memory.php: what a web app does in its catch blocks, explaining
// failures of every family and several platforms, then it reports the worker's pid.
// Without the extension the same requests run a userland stand-in of the same shape, so
// that both workers run the same engine code and the difference is the extension's own.
if (!function_exists('sockerr_explain')) {
    enum SocketError: int
    {
        case Unknown = -1;
        case TimedOut = 10060;
        case ConnectionRefused = 10061;

        public static function fromNative(int $code): self
        {
            return match ($code) { 111 => self::ConnectionRefused, 110 => self::TimedOut, default => self::Unknown };
        }

        public function isTransient(): bool
        {
            return $this === self::TimedOut;
        }
    }

    function sockerr_explain(int|string|SocketError $error, ?string $platform = null): array
    {
        static $record = ['error' => 'ConnectionRefused', 'code' => 10061, 'family' => 'errno', 'platform' => 'linux',
            'native' => 111, 'name' => 'ECONNREFUSED', 'message' => 'Connection refused', 'curl' => null,
            'summary' => 'Nothing accepted the connection.', 'causes' => ['a', 'b', 'c'], 'hints' => ['d', 'e'],
            'transient' => false, 'matched' => null];
        return $record;
    }
}
$context = [];
foreach ([111, 110, 113, 101, 13, 1, 98, 99, 2, 24, 104, 32, -2, -3, -10001] as $code) {
    $context[] = sockerr_explain($code);
}
foreach (['darwin' => 61, 'windows' => 10061, 'solaris' => 146, 'aix' => 79, 'freebsd' => 60] as $platform => $code) {
    $context[] = sockerr_explain($code, $platform);
}
$context[] = sockerr_explain('EAI_AGAIN');
$context[] = sockerr_explain(SocketError::fromNative(111));
$context[0]['causes'][] = 'changed by the caller';
$transient = SocketError::fromNative(110)->isTransient();
echo getmypid();
