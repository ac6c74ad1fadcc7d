// The few parts of autocannon's API bench/load.ts uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Request = { method?: string; path?: string; body?: string | Buffer; headers?: Record<string, string> };
    type Options = {
      url?: string;
      connections?: number;
      duration?: number;
      requests?: (Request & { setupRequest?: (request: Request) => Request })[];
    };
    type Result = {
      requests: { average: number };
      latency: { p50: number; p99: number };
      errors: number;
      timeouts: number;
      statusCodeStats?: Record<string, { count: number | string }>;
    };
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export default autocannon;
}
