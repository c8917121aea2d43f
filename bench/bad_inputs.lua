-- wrk script: a barrage of bad requests (malformed JSON, wrong types, unknown categories and features, missing
-- features, impossible values, wrong media type, empty bodies), round robin; counts answers by status class.
local valid = '{"sku":"ELEC-001","category":"Electronics","selling_price":49.99,"competitor_price":52.0,"ad_spend_sp":20,"ad_spend_sb":10,"ad_spend_display":8,"date":"2025-11-03","prime_day":0,"bfcm":0,"holiday_season":0,"avg_rating":4.1}'
local bodies = {
  { "application/json", '{"instances": [' },
  { "application/json", 'not json' },
  { "application/json", '' },
  { "application/json", '{"instances": []}' },
  { "application/json", '{"instances": [' .. valid:gsub('"ELEC%-001"', '"NOPE"') .. ']}' },
  { "application/json", '{"instances": [' .. valid:gsub('49.99', '"cheap"') .. ']}' },
  { "application/json", '{"instances": [' .. valid:gsub('49.99', '0') .. ']}' },
  { "application/json", '{"instances": [' .. valid:gsub('"avg_rating":4.1', '"stars":4.1') .. ']}' },
  { "application/json", '{"instances": [' .. valid:gsub(',"bfcm":0', '') .. ']}' },
  { "application/json", '{"instances": [' .. valid:gsub('"2025%-11%-03"', '"yesterday"') .. ']}' },
  { "application/xml", '<instances/>' },
  { "text/csv", 'sku,category\nELEC-001' },
  { "application/json", string.rep("[", 2000) },
}
counts = {}
local threads = {}
local i = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = { ["2xx"] = 0, ["4xx"] = 0, ["5xx"] = 0, other = 0 }
end

function request()
  i = i % #bodies + 1
  local b = bodies[i]
  return wrk.format("POST", "/predict", { ["Content-Type"] = b[1] }, b[2])
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
end
