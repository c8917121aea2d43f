-- wrk script: POST one valid instance (bench/predict.json) to /predict and count the answers by status class.
local f = assert(io.open("bench/predict.json", "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

counts = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = { ["2xx"] = 0, ["4xx"] = 0, ["5xx"] = 0, other = 0 }
end

function response(status, headers, body)
  local class = (status >= 200 and status < 300) and "2xx" or (status >= 400 and status < 500) and "4xx" or (status >= 500) and "5xx" or "other"
  counts[class] = counts[class] + 1
end

function done(summary, latency, requests)
  local totals = { ["2xx"] = 0, ["4xx"] = 0, ["5xx"] = 0, other = 0 }
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do totals[k] = totals[k] + v end
  end
  io.write(string.format("status classes: 2xx=%d 4xx=%d 5xx=%d other=%d\n", totals["2xx"], totals["4xx"], totals["5xx"], totals.other))
  io.write(string.format("latency p50=%.3fms p90=%.3fms p99=%.3fms p99.9=%.3fms max=%.3fms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
end
