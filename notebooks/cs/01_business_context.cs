#:property ImplicitUsings=disable
#:property Nullable=disable
#:property TreatWarningsAsErrors=false
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
#:package MathNet.Numerics@5.0.0
#:package Microsoft.Data.Analysis@0.23.1
#:package Deedle@8.1.0
#:package Plotly.NET@6.0.0
#:package Plotly.NET.CSharp@0.14.0
#:project ../../src/AmazonSalesRegression/AmazonSalesRegression.csproj

// The file-based twin of notebooks/01_business_context.ipynb: the same cells as one .NET 10 program, written by
// 'course export' (edit the notebook, not this file). From the repository's root:
//     dotnet run notebooks/cs/01_business_context.cs

using System;
using System.Linq;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.IO;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using Plotly.NET;
using AmazonSalesRegression.Data;
using AmazonSalesRegression;
using AmazonSalesRegression.Business;
using AmazonSalesRegression.Data.Generation;
using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Data.Quality;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Teaching;
using AmazonSalesRegression.Visualization;
using Deedle;
using MathNet.Numerics.Statistics;

// # 1 · Business context: the marketplace, its KPIs and a tour of the data
//
// You are the new sales analyst for a seller with 48 products (SKUs) in six categories on an Amazon-style marketplace.
// Before fitting a single regression line you need to know what the business measures, which decisions it wants
// numbers for, and whether the data can be trusted. This notebook defines the KPIs and computes them, frames the four
// business questions of the course as regression problems, and takes a careful tour of two years of daily sales:
// quality checks, trends, seasons and events, categories, distributions, correlations, and the leakage trap that
// makes a useless model look perfect.
//
// **Learning objectives.** After this notebook you can
// - explain the marketplace's KPIs (revenue, units, conversion, ACoS/ROAS and their total-sales versions TACoS/total ROAS, price index, in-stock rate) and compute them by category and period;
// - state a business question as a regression problem: target, features, unit of analysis, and what a coefficient would mean;
// - audit a data set with reproducible checks (types, ranges, missing values, exact identities, duplicates, outliers);
// - resample and smooth a daily series with Deedle and read seasonality and event effects from it;
// - say why sales are modelled on the log scale, and recognise a leaking feature before it fools you.
//
// **Prerequisites.** Basic C# (LINQ, records); no statistics beyond means and percentages.
// **Estimated time.** 60–75 minutes.
//
// [Next: Linear regression fundamentals →](02_linear_regression_fundamentals.ipynb)

// In [1] (cell "setup")

// ## 1 · The marketplace
//
// A marketplace such as Amazon lets third-party sellers list products next to each other and next to the platform's
// own offers. A few mechanics matter for everything that follows:
//
// - **The product page.** Shoppers arrive at a product page (a *session*), look around (*page views*) and some of
//   them order (*units*). Conversion is units per session.
// - **Price and the Buy Box.** Each SKU has a *list price*; promotions and event deals give a *discount*, so the shopper
//   pays the *selling price*. Competing offers for similar products are tracked as the lowest *competitor price*.
// - **Advertising.** Sellers buy clicks in three channels: Sponsored Products (ads in search results), Sponsored Brands
//   (brand banners) and Sponsored Display (ads on and off the site). Spend is set daily per SKU.
// - **Fulfilment.** *FBA* (fulfilled by Amazon: Prime-eligible, fast delivery) or *FBM* (the merchant ships).
// - **Fees.** The marketplace takes a *referral fee*: a fixed percentage of each sale, by category.
// - **The calendar.** Prime Day (July), Black Friday to Cyber Monday (BFCM) and the holiday season move volumes far
//   more than any price change.
// - **Stock.** A SKU that runs out of stock stops selling mid-day: the data record what was *sold*, not what was
//   *wanted*, so out-of-stock days understate demand (they are *censored*).
//
// The data set is synthetic, generated from a documented model (`data/README.md`) whose true parameters we know. That
// lets this course do what no course on real data can: check every estimate against the truth.

// ## 2 · The analyst's role and the stakeholders
//
// An analyst turns data into decisions. Each stakeholder asks a different question, and each question needs a different
// model, a different error metric and a different level of aggregation:
//
// | Stakeholder | Decision | What they need from us | Horizon and level |
// | --- | --- | --- | --- |
// | Category manager | Which categories and SKUs to grow | Revenue and margin drivers, by category | Quarter, category |
// | Supply chain / demand planner | How much to order, and when | Unit forecasts with uncertainty (for safety stock) | Weeks, SKU |
// | Marketing manager | How to split the ad budget across channels | Incremental units per extra ad dollar, by channel | Month, channel |
// | Pricing manager | What price to set, and how deep to discount | Price elasticity: % change in units per % change in price | Weeks, SKU/category |
// | Finance | Plan revenue and fees | Revenue forecast, fee and ad-cost ratios | Month/year, total |
//
// The analyst's job is to state each question precisely, pick the data that answer it *without looking into the
// future*, fit and validate a model, and report the answer in the stakeholder's units (dollars, units, percent), with its
// uncertainty.

// ## 3 · Loading the data
//
// `SalesCsv.LoadTable` reads the CSV into a typed column table and checks every value against the schema (types, ranges,
// allowed labels, and `selling_price = list_price − discount`); any violation stops the load with the file's line and
// column. `SalesCsv.ToRecords` turns the table into one `SalesRecord` per row, and the ground truth comes from the JSON
// written by the generator.

// In [2] (cell "load")
var root = CoursePaths.FindRoot();
var table = SalesCsv.LoadTable(CoursePaths.SalesCsv(root));
var sales = SalesCsv.ToRecords(table);
var truth = GroundTruth.FromJson(File.ReadAllText(CoursePaths.TruthJson(root)));
CellValue.Show(() => Tables.ToDataFrame(sales.Take(5), digits: 6));

// In [3] (cell "check-shape")
int days = sales.Select(r => r.Date).Distinct().Count(), skus = sales.Select(r => r.Sku).Distinct().Count();
SelfCheck.That(days == 731 && skus == 48, "731 days × 48 SKUs");
SelfCheck.That(sales.Count == days * skus && table.ColumnNames.Count == 22, "35,088 rows = 731 × 48, and 22 columns");

// Each row is one **SKU-day**: the sales of one product on one calendar day, from 2024-01-01 to 2025-12-31. That is
// the *unit of observation*. The business rarely decides at that level, though: planners order by week, finance plans by
// month. Choosing the level of aggregation is part of framing a question.

// ## 4 · The KPIs
//
// | KPI | Definition | Why it matters |
// | --- | --- | --- |
// | Revenue | Σ units × selling price (ordered product sales, USD) | The top line |
// | Units | Σ units ordered | Drives inventory and fulfilment |
// | Conversion | units / sessions | How well the page sells (price, reviews, Prime badge) |
// | ACoS | ad spend / **ad-attributed** revenue | Ad efficiency; the marketplace reports it per campaign |
// | ROAS | ad-attributed revenue / ad spend = 1 / ACoS | The same, as a return |
// | TACoS | ad spend / **total** revenue | What we can compute here (see below) |
// | Price index | selling price / competitor price | Below 1: cheaper than the competition |
// | In-stock rate | share of SKU-days in stock | Lost sales when it drops |
//
// **The attribution caveat.** ACoS and ROAS divide by the revenue the ad platform *attributes* to ad clicks (within an
// attribution window). Our data hold only *total* revenue per SKU-day, which includes organic sales that would have
// happened without any ad. So we compute **TACoS** (total ACoS) and **total ROAS** = revenue / ad spend. They are always
// lower (TACoS) or higher (ROAS) than the attributed versions, and neither says what an extra ad dollar *causes*. That
// causal question is the marketing-ROI regression of notebook 3.
//
// `KpiCalculator` computes all of them as ratios of totals (not averages of daily ratios), so they reconcile with the sums.

// In [4] (cell "kpi-total")
var kpi = KpiCalculator.Summarize(sales);
CellValue.Show(() => Tables.ToDataFrame([kpi], digits: 6));

// In [5] (cell "kpi-reconcile")
SelfCheck.Near(kpi.Revenue, sales.Sum(r => r.Revenue), 0.01, "KPI revenue vs the raw sum of the revenue column (USD)");
SelfCheck.That(kpi.Units == sales.Sum(r => (long)r.UnitsSold), "KPI units equal the raw sum of units_sold");
SelfCheck.Near(kpi.Conversion, (double)kpi.Units / sales.Sum(r => (long)r.Sessions), 1e-12, "conversion = units / sessions");
SelfCheck.Near(kpi.Tacos * kpi.TotalRoas, 1, 1e-12, "TACoS × total ROAS");
SelfCheck.Near(kpi.Revenue / 1e6, 69.98, 0.005, "two-year revenue (USD million)");

// The headline numbers, pinned by self-checks so that the prose below cannot drift from the data:

// In [6] (cell "kpi-numbers")
SelfCheck.That(kpi.Units == 1_434_811, "1,434,811 units in two years");
SelfCheck.Near(kpi.Conversion, 0.102, 0.0005, "conversion (units / sessions)");
SelfCheck.Near(kpi.AdSpend / 1e6, 1.70, 0.005, "ad spend (USD million)");
SelfCheck.Near(kpi.Tacos, 0.024, 0.0005, "TACoS");
SelfCheck.Near(kpi.TotalRoas, 41.2, 0.05, "total ROAS");
SelfCheck.Near(kpi.PriceIndex, 0.968, 0.0005, "price index");
SelfCheck.Near(kpi.InStockRate, 0.969, 0.0005, "in-stock rate");

// Over two years the 48 SKUs sold **1,434,811 units for $69.98 million**, about $96,000 a day. Shoppers converted
// **10.2 %** of sessions into units. The seller spent **$1.70 million** on ads: a TACoS of **2.4 %** (2.4 cents of ad
// spend per dollar of sales), a total ROAS of **41**. Remember these are *total* ratios: the attributed ACoS the
// ad console would show is higher, since only part of revenue follows an ad click. On average our selling price was
// **3.2 % below** the competitor's (price index 0.968) and SKUs were in stock on **96.9 %** of days; each out-of-stock day
// censors sales, a loss exercise 4 puts in units.

// In [7] (cell "kpi-year")
CellValue.Show(() => Tables.ToDataFrame(KpiCalculator.ByPeriod(sales, KpiPeriod.Year), digits: 5));

// Revenue grew from **$34.07 million in 2024 to $35.92 million in 2025 (+5.4 %)** and units by 5.7 %. The generator's
// trend is +8 % a year in log demand; list-price changes and the calendar (2025 had a four-day Prime Day) move the
// realised growth. A good forecast must separate the trend from such one-off effects, which is what regression is for.

// In [8] (cell "kpi-year-check")
var years = KpiCalculator.ByPeriod(sales, KpiPeriod.Year);
SelfCheck.Near(years[1].Revenue / years[0].Revenue - 1, 0.054, 0.0005, "revenue growth 2025 vs 2024");
SelfCheck.Near(years[0].Revenue + years[1].Revenue, kpi.Revenue, 0.01, "the two years add up to the total (USD)");

// ## 5 · Four business questions, framed as regression problems
//
// A regression models a **target** y as a function of **features** x: y ≈ β₀ + β₁x₁ + … + βₖxₖ. Framing a question means
// choosing y, the x's, the unit of analysis (the rows), and knowing beforehand what a coefficient would mean in business
// terms. The rule that guards all four: a feature must be **known at the time the decision is made**.
//
// | Question | Target y | Features x (known in advance) | Unit of analysis | A coefficient means |
// | --- | --- | --- | --- | --- |
// | **Forecasting**: how much will we sell next month? | ln units (or revenue) | calendar (trend, weekday, month), events, planned price and ad budget | SKU-day, summed to week/month | β of `prime_day` = 1.2 on ln units: Prime Day multiplies units by e^1.2 ≈ 3.3 (for a $1 item; price interacts) |
// | **Demand planning**: how much stock to hold? | units per SKU-week | the forecast's features; the *prediction interval* sets safety stock | SKU-week | the interval's width, in units, is what safety stock must cover |
// | **Marketing ROI**: what does an extra ad dollar buy? | ln units | ln(1 + spend/h) per channel, plus price, season and events as controls (spend rises in peak season: confounding) | SKU-day | β of a channel: % more units per unit of its log-spend term; diminishing returns |
// | **Pricing**: what price maximises revenue or profit? | ln units | ln selling price (by category), ln competitor price, controls | SKU-day | β of ln price = elasticity: −1.3 means 1 % higher price → 1.3 % fewer units |
//
// Why logs? Demand is **multiplicative**: a 10 % discount, Prime Day and a weekend multiply units, they do not add a
// fixed number. On the log scale, multiplication becomes addition, which is exactly what a linear model can represent.
// Section 6.7 shows this in the data.

// ## 6 · A tour of the data
// ### 6.1 Data dictionary
//
// | Column | Type | Unit | Meaning | Known at forecast time? |
// | --- | --- | --- | --- | --- |
// | `date` | date | day | Calendar day, 2024-01-01 to 2025-12-31 | yes |
// | `sku` | text | – | Product id, category prefix + number (`ELEC-001`) | yes |
// | `category` | text | – | Electronics, Home & Kitchen, Books, Beauty, Toys, Sports | yes |
// | `fulfilment` | text | – | `FBA` or `FBM`, fixed per SKU | yes |
// | `list_price` | decimal | USD | List price, ends in .99 | yes (planned) |
// | `selling_price` | decimal | USD | Price paid = `list_price − discount` exactly | yes (planned) |
// | `discount` | decimal | USD | Promotion or event deal, 0–30 % of list | yes (planned) |
// | `competitor_price` | decimal | USD | Lowest competing offer | partly (observed daily) |
// | `ad_spend_sp`, `ad_spend_sb`, `ad_spend_display` | decimal | USD | Daily spend per ad channel | yes (budgeted) |
// | `sessions`, `page_views` | integer | visits | Page traffic that day | **no: same-day outcome** |
// | `avg_rating`, `review_count` | decimal, integer | stars, reviews | Shown that day | yes (yesterday's value) |
// | `in_stock` | 0/1 | – | In stock all day (0 = sales censored) | planned, not guaranteed |
// | `prime_day`, `bfcm`, `holiday_season` | 0/1 | – | Event flags | yes (calendar) |
// | `units_sold` | integer | units | Units ordered: **the target** | – |
// | `revenue` | decimal | USD | `units_sold × selling_price` exactly | **no: outcome** |
// | `referral_fee` | decimal | USD | Marketplace fee = rate × revenue | **no: outcome (the leakage trap)** |
//
// The loader knows the types; here they are as read:

// In [9] (cell "types")
CellValue.Show(() => Tables.ToDataFrame(table.Columns.Select(c => new { column = c.Name, type = c.Type.ToString(), numeric = c.IsNumeric.ToString() })));

// Dates are parsed as dates, labels as categories, money as doubles, counts as integers and flags as 0/1 booleans: no
// column needs cleaning before use. The schema also rejected any out-of-range value on load.

// ### 6.2 Data-quality checks
//
// Never trust a data set you have not checked. `SalesDataQuality.Check` runs reproducible checks and names every
// offending row (index, day, SKU, columns): missing values, duplicate keys, the complete day × SKU panel, the two exact
// money identities **in cents** (floating-point dollars would need a tolerance; cents are integers), value ranges, and
// unit spikes found with robust z-scores (median and MAD, which outliers cannot inflate).

// In [10] (cell "quality")
var quality = SalesDataQuality.Check(sales);
CellValue.Show(() => quality.Summary);

// In [11] (cell "quality-checks")
SelfCheck.That(quality[SalesDataQuality.PriceIdentity].Passed, "selling_price = list_price − discount holds on all 35,088 rows, to the cent");
SelfCheck.That(quality[SalesDataQuality.RevenueIdentity].Passed, "revenue = units_sold × selling_price holds on every row, to the cent");
SelfCheck.That(quality[SalesDataQuality.UniqueKeys].Passed && quality[SalesDataQuality.CompletePanel].Passed, "no duplicate (date, sku) and no missing SKU-day");
SelfCheck.That(quality[SalesDataQuality.NoMissing].Passed, "no missing values");
SelfCheck.That(quality.Checks.Count(c => !c.Passed) == 1, "only the unit-spike check flags rows");

// Every structural check passes: the identities hold exactly, so `selling_price`, `list_price` and `discount` carry only
// two independent numbers (putting all three in a regression makes the design matrix exactly collinear, notebook 3), and
// `revenue` is a deterministic function of `units_sold`. Only the spike check flags rows. Let us look at them:

// In [12] (cell "spikes")
var spikes = OutlierScan.Find(sales);
CellValue.Show(() => Tables.ToDataFrame(spikes, digits: 6));

// Seven SKU-days are flagged. Six have a **conversion** z-score above 10: far more units than the traffic explains,
// the signature of a bulk (B2B) order; BOOK-004 on 2025-05-25 sold 483 units to 294 sessions, more units than visitors.
// One, SPRT-007 on 2024-06-03, has ordinary conversion but a **demand** spike (z 6.4) with traffic to match (5,670
// sessions): a viral mention. Neither kind reflects repeatable demand, so a model for planning should not chase them:
// notebook 2 shows their leverage, and notebook 3 decides whether to drop or flag them.
//
// How good is the scan? The generator recorded the 8 outliers it injected, so we can grade it:

// In [13] (cell "spikes-truth")
var injected = truth.Outliers.Select(o => (o.Date, o.Sku)).ToHashSet();
var found = spikes.Where(s => injected.Contains((s.Date, s.Sku))).ToList();
SelfCheck.That(found.Count == spikes.Count, "every flagged spike is one of the generator's injected outliers (no false alarms)");
SelfCheck.That(found.Count == 7, "the scan finds 7 of the 8 injected outliers from the data alone");

// In [14] (cell "spikes-missed")
var scores = OutlierScan.Scores(sales);
var missed = scores.Where(s => injected.Contains((s.Date, s.Sku)) && !spikes.Any(f => f.Row == s.Row))
    .Select(s => new { s.Date, s.Sku, s.Units, s.DemandZ, rank = scores.Count(o => o.DemandZ >= s.DemandZ),
        truth = truth.Outliers.Single(o => o.Date == s.Date && o.Sku == s.Sku).Reason });
CellValue.Show(() => Tables.ToDataFrame(missed, digits: 3));

// The scan has no false alarms but misses one: ELEC-001's viral mention on 2025-12-18 (240 units, factor 4.78) has a
// demand z of only 3.9: it fell in a 20 % promotion during the holiday season, in the noisiest category, and ten ordinary
// SKU-days score higher. Lowering the threshold to catch it would flag a dozen ordinary days too. That is the honest limit
// of outlier detection: an outlier smaller than the noise cannot be told from the noise, and a few undetected outliers
// are the reason notebook 4 also reports robust metrics.

// In [15] (cell "spikes-missed-check")
var miss = missed.Single();
SelfCheck.That(miss.Sku == "ELEC-001" && miss.Date == new DateOnly(2025, 12, 18), "the one miss is ELEC-001 on 2025-12-18");
SelfCheck.That(scores.Count(s => s.DemandZ > miss.DemandZ && !injected.Contains((s.Date, s.Sku))) == 10, "ten ordinary SKU-days have a higher demand z than the missed outlier");

// ### 6.3 The time series, resampled and smoothed with Deedle
//
// Daily totals are noisy and dominated by weekday swings. Deedle's `ResampleEquivalence` groups the daily series into
// weeks (keyed by their Monday) and sums them; a 4-week moving mean smooths what is left so the trend and the seasons show.

// In [16] (cell "ts-weekly")
var dailyUnits = DeedleLoader.DailySeries(table, "units_sold");
var weekly = dailyUnits.ResampleEquivalence(d => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)), week => week.Sum());
var smooth = Stats.movingMean(4, weekly).DropMissing();
SelfCheck.That(dailyUnits.KeyCount == 731 && weekly.KeyCount == 105, "731 days resample into 105 weeks (Monday-keyed, both ends partial)");
SelfCheck.Near(weekly.Sum(), kpi.Units, 0.5, "weekly totals add up to the two-year units");
var peakWeek = weekly.Observations.MaxBy(kv => kv.Value);
SelfCheck.That(peakWeek.Key == new DateTime(2025, 11, 24) && peakWeek.Value == 35470 && weekly.GetAt(0) == 13488, "peak week from 2025-11-24 with 35,470 units; first week 13,488");

// In [17] (cell "ts-chart")
CellValue.Show(() => Charts.Layout("Units sold per week, all 48 SKUs", "week (Monday)", "units per week",
    Charts.Line(weekly.Keys, weekly.Values, "weekly total"),
    Charts.Line(smooth.Keys, smooth.Values, "4-week moving mean")));

// The weekly totals start near **13,500 units** a week in January 2024 and peak at **35,470** in the week of BFCM 2025
// (from Monday 2025-11-24), with a smaller spike in the Prime Day weeks of July. The moving mean shows the mild upward
// trend and the yearly wave. The last week is partial (2025 ends on a Wednesday), so its total is low by construction:
// always check the ends of a resampled series. Resampling before charting keeps the figure small: 105 points instead of 35,088.

// ### 6.4 Seasonality: weekday and month
//
// To compare weekdays fairly, average the daily totals per weekday over ordinary days only (no events), and express them
// relative to Monday. The generator's truth is a multiplicative effect e^w per weekday, so the log of the ratio should be
// near w.

// In [18] (cell "weekday")
var ordinary = sales.Where(r => !r.PrimeDay && !r.BlackFridayCyberMonday && !r.HolidaySeason).ToList();
var byWeekday = ordinary.GroupBy(r => r.Date).Select(g => (day: g.Key.DayOfWeek, units: g.Sum(r => (double)r.UnitsSold)))
    .GroupBy(d => d.day).ToDictionary(g => g.Key, g => g.Average(d => d.units));
var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday };
var weekdayIndex = weekdays.Select(d => byWeekday[d] / byWeekday[DayOfWeek.Monday]).ToArray();
CellValue.Show(() => Charts.Layout("Average daily units by weekday (ordinary days), relative to Monday", "weekday", "index (Monday = 1)",
    Charts.LabelledBar(weekdays.Select(d => d.ToString()), weekdayIndex, "index", decimals: 3)));

// In [19] (cell "weekday-check")
var satTruth = truth.Demand.WeekdayEffects.Single(w => w.Day == DayOfWeek.Saturday).Effect;
SelfCheck.Near(Math.Log(weekdayIndex[5]), satTruth, 0.04, "ln(Saturday / Monday) vs the generator's Saturday effect 0.10");
SelfCheck.Near(weekdayIndex[5], 1.105, 0.005, "Saturday index");

// Saturday sells **10.5 % more** than Monday, Sunday 8 % more, Friday 3.5 % more, and Tuesday to Thursday 3–5 % less. The log of
// the Saturday ratio, 0.0996, matches the generator's Saturday effect of 0.10: with 645 ordinary days the weekday
// means are precise. For a planner, the weekday pattern is worth a tenth of a day's volume: small next to events.

// In [20] (cell "month")
var monthly = KpiCalculator.ByPeriod(sales, KpiPeriod.Month);
var byMonth = Enumerable.Range(1, 12).Select(m => monthly.Where(k => k.Group.EndsWith($"-{m:00}")).Average(k => (double)k.Units / DateTime.DaysInMonth(int.Parse(k.Group[..4]), m))).ToArray();
var monthNames = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[..12];
CellValue.Show(() => Charts.Layout("Average units per day by calendar month (both years)", "month", "units per day",
    Charts.LabelledBar(monthNames, byMonth, "units per day", decimals: 0)));

// In [21] (cell "month-check")
SelfCheck.That(Array.IndexOf(byMonth, byMonth.Max()) is 6 or 10 or 11, "the peak month is July (Prime Day) or November/December (BFCM, holidays)");
SelfCheck.That(Array.IndexOf(byMonth, byMonth.Max()) == 11 && Array.IndexOf(byMonth, byMonth.Min()) == 4, "December is the busiest month, May the quietest");
SelfCheck.Near(byMonth.Max() / byMonth.Min(), 1.90, 0.005, "December / May units per day");

// The busiest calendar month, December, sells **1.9 times** as many units per day as the quietest, May. The peak comes from the
// events and the holiday season, not from a smooth seasonal wave: the generator's yearly terms move demand by less than
// ±10 %. A model needs both: smooth seasonal terms *and* event flags.

// ### 6.5 Event effects
//
// Average the daily total units over four kinds of days. Holiday-season days *contain* BFCM, so "holiday (not BFCM)"
// excludes BFCM days to keep the groups disjoint.

// In [22] (cell "events")
string Kind(SalesRecord r) => r.PrimeDay ? "Prime Day" : r.BlackFridayCyberMonday ? "BFCM" : r.HolidaySeason ? "Holiday (not BFCM)" : "Ordinary";
var dayTotals = sales.GroupBy(r => r.Date).Select(g => (kind: Kind(g.First()), units: g.Sum(r => (double)r.UnitsSold), revenue: g.Sum(r => r.Revenue))).ToList();
var ordinaryMean = dayTotals.Where(d => d.kind == "Ordinary").Average(d => d.units);
var events = new[] { "Ordinary", "Holiday (not BFCM)", "BFCM", "Prime Day" }.Select(k => new {
    kind = k, days = dayTotals.Count(d => d.kind == k), unitsPerDay = dayTotals.Where(d => d.kind == k).Average(d => d.units),
    revenuePerDay = dayTotals.Where(d => d.kind == k).Average(d => d.revenue),
    lift = dayTotals.Where(d => d.kind == k).Average(d => d.units) / ordinaryMean }).ToList();
CellValue.Show(() => Tables.ToDataFrame(events, digits: 4));

// In [23] (cell "events-check")
SelfCheck.That(events.Single(e => e.kind == "Prime Day").days == 6 && events.Single(e => e.kind == "BFCM").days == 8, "6 Prime Days (2 + 4) and 8 BFCM days (4 + 4)");
SelfCheck.Near(events.Single(e => e.kind == "Prime Day").lift, 3.03, 0.05, "Prime Day units per day vs ordinary days");
SelfCheck.Near(events.Single(e => e.kind == "BFCM").lift, 4.51, 0.05, "BFCM units per day vs ordinary days");

// EVENThe weekly totals start near **13,500 units** a week in January 2024 and peak at **35,470** in the week of BFCM 2025
// (from Monday 2025-11-24), with a smaller spike in the Prime Day weeks of July. The moving mean shows the mild upward
// trend and the yearly wave. The last week is partial (2025 ends on a Wednesday), so its total is low by construction:
// always check the ends of a resampled series. Resampling before charting keeps the figure small: 105 points instead of 35,088.

// In [24] (cell "events-chart")
var h2 = dailyUnits.Where(kv => kv.Key >= new DateTime(2024, 6, 1) && kv.Key <= new DateTime(2024, 12, 31));
var eventDays = dayTotals.Zip(dailyUnits.Keys).Where(p => p.First.kind is "Prime Day" or "BFCM" && p.Second.Year == 2024).ToList();
CellValue.Show(() => Charts.Layout("Daily units, June–December 2024: events stand out", "date", "units per day",
    Charts.Line(h2.Keys, h2.Values, "daily units"),
    Charts.Markers(eventDays.Select(p => p.Second), eventDays.Select(p => p.First.units), "Prime Day / BFCM")));

// ### 6.6 Category breakdowns
//
// The KPI table by category: revenue, units, average selling price (revenue per unit), conversion, TACoS, price index and
// in-stock rate.

// In [25] (cell "category")
var byCategory = KpiCalculator.ByCategory(sales);
CellValue.Show(() => Tables.ToDataFrame(byCategory, digits: 4));

// As shares of the two-year revenue:

// In [26] (cell "category-share")
var shares = byCategory.Select(c => c.Revenue / kpi.Revenue).ToArray();
SelfCheck.Near(shares.Sum(), 1, 1e-12, "category revenue shares sum to 1");
SelfCheck.That(byCategory.Sum(c => c.Units) == kpi.Units, "category units add up to total units");
CellValue.Show(() => Charts.Layout("Share of two-year revenue by category", "category", "share of revenue (%)",
    Charts.LabelledBar(byCategory.Select(c => c.Group), shares.Select(s => 100 * s), "revenue share %")));

// Sports earns the most revenue (**30.9 %** of the total) with fewer units than Books, because its products are
// expensive: revenue per unit is **$105** in Sports and **$90.36** in Electronics against **$15.72** in Books. Books and
// Beauty sell many cheap units with the highest conversion; Books also has the highest TACoS (4.5 cents of ads per dollar), ahead of Toys and Beauty.
// Electronics converts worst (7.5 %). Category therefore matters for every question: price levels, elasticities and noise
// differ by category, so models will include it as a factor.

// In [27] (cell "category-check")
var elec = byCategory.Single(c => c.Group == "Electronics");
var books = byCategory.Single(c => c.Group == "Books");
SelfCheck.That(byCategory.MaxBy(c => c.Revenue)!.Group == "Sports", "Sports earns the most revenue");
SelfCheck.Near(byCategory.Single(c => c.Group == "Sports").Revenue / kpi.Revenue, 0.309, 0.0005, "Sports revenue share");
SelfCheck.Near(elec.AverageSellingPrice, 90.36, 0.005, "Electronics revenue per unit (USD)");
SelfCheck.Near(books.AverageSellingPrice, 15.72, 0.005, "Books revenue per unit (USD)");

// ### 6.7 Distributions, and why logs help
//
// Units per SKU-day are right-skewed: most days sell a few dozen, a few sell hundreds. Take in-stock days (out-of-stock
// days are censored and often 0, whose log is undefined) and compare the distribution of units with that of ln units.

// In [28] (cell "dist-units")
var inStockUnits = sales.Where(r => r.InStock).Select(r => (double)r.UnitsSold).ToArray();
var logUnits = inStockUnits.Select(u => Math.Log(u)).ToArray();
var unitBins = inStockUnits.GroupBy(u => Math.Floor(u / 20) * 20).OrderBy(g => g.Key).ToArray();
CellValue.Show(() => Charts.Layout("Units per SKU-day (in stock), bins of 20 units: long right tail", "units (bin start)", "SKU-days",
    Charts.Bar(unitBins.Select(b => b.Key.ToString("F0")), unitBins.Select(b => (double)b.Count()), "SKU-days")));

// Now the same SKU-days on the log scale:

// In [29] (cell "dist-log")
var logBins = logUnits.GroupBy(l => Math.Floor(l * 10) / 10).OrderBy(g => g.Key).ToArray();
CellValue.Show(() => Charts.Layout("ln(units) per SKU-day (in stock), bins of 0.1: nearly symmetric", "ln(units) (bin start)", "SKU-days",
    Charts.Bar(logBins.Select(b => b.Key.ToString("F1")), logBins.Select(b => (double)b.Count()), "SKU-days")));

// In [30] (cell "skew")
double skewUnits = Statistics.Skewness(inStockUnits), skewLog = Statistics.Skewness(logUnits);
SelfCheck.Near(skewUnits, 5.71, 0.05, "skewness of units");
SelfCheck.Near(skewLog, 0.18, 0.05, "skewness of ln units");
SelfCheck.That(Math.Abs(skewLog) < Math.Abs(skewUnits) / 5, "the log shrinks the skewness at least five-fold");

// The skewness of units is **5.7**: a long right tail (the outliers, events, and large SKUs). On the log scale it is
// **0.18**, nearly symmetric. The reason is the data-generating process: demand is a *product* of factors (base level ×
// price effect × season × event × noise e^ε), so ln demand is a *sum* of terms with normal noise. That gives three
// reasons to model ln units: effects become additive (a linear model fits), the noise becomes roughly normal with a
// constant spread per category (the assumptions of notebook 2), and a slope on ln price is an elasticity.

// In [31] (cell "price-dist")
var skuPrices = sales.GroupBy(r => r.Sku).Select(g => g.Average(r => r.SellingPrice)).ToArray();
SelfCheck.Near(skuPrices.Max() / skuPrices.Min(), 40.8, 0.5, "dearest / cheapest SKU's average selling price");
CellValue.Show(() => Charts.Layout("Average selling price per SKU (48 SKUs) on the log scale", "ln(average selling price, USD)", "SKUs", Charts.Histogram(skuPrices.Select(p => Math.Log(p)), "ln price", bins: 20)));

// Prices span a factor of about **41** between the cheapest and the dearest SKU (a few dollars for a book, hundreds for
// electronics). On the log scale they spread evenly: another reason to enter price as ln price, where a 10 % change means
// the same for a $8 book and a $300 speaker.

// ### 6.8 Correlations
//
// Pearson correlations of key numeric columns, on SKU-days. Price and spend differ by orders of magnitude across SKUs, so
// we use their logs (ln(1 + x) for spend and counts that can be 0), as the models will.

// In [32] (cell "corr")
var corrCols = new (string name, Func<SalesRecord, double> f)[] {
    ("ln units", r => Math.Log(1 + r.UnitsSold)), ("ln price", r => Math.Log(r.SellingPrice)), ("discount %", r => r.Discount / r.ListPrice),
    ("ln ad SP", r => Math.Log(1 + r.AdSpendSponsoredProducts)), ("ln ad SB", r => Math.Log(1 + r.AdSpendSponsoredBrands)), ("ln ad display", r => Math.Log(1 + r.AdSpendDisplay)),
    ("ln sessions", r => Math.Log(1 + r.Sessions)), ("rating", r => r.AverageRating), ("ln revenue", r => Math.Log(1 + r.Revenue)), ("ln referral fee", r => Math.Log(1 + r.ReferralFee)) };
var corr = Correlation.PearsonMatrix(corrCols.Select(c => sales.Select(c.f).ToArray()).ToArray());
var labels = corrCols.Select(c => c.name).ToArray();
CellValue.Show(() => Charts.Heatmap(labels, labels, Enumerable.Range(0, labels.Length).Select(i => Enumerable.Range(0, labels.Length).Select(j => Math.Round(corr[i, j], 3)).ToArray()).ToArray()));

// In [33] (cell "corr-check")
var rawAds = new[] { sales.Select(r => r.AdSpendSponsoredProducts).ToArray(), sales.Select(r => r.AdSpendSponsoredBrands).ToArray(), sales.Select(r => r.AdSpendDisplay).ToArray() };
var adCorr = Correlation.PearsonMatrix(rawAds);
SelfCheck.Between(Math.Min(adCorr[0, 1], Math.Min(adCorr[0, 2], adCorr[1, 2])), 0.85, 0.95, "smallest pairwise correlation of the three ad channels (raw USD)");
SelfCheck.Between(corr[8, 9], 0.95, 1, "correlation of ln referral fee with ln revenue");
Console.WriteLine($"corr(ln units, ln sessions) = {corr[0, 6]:F3}, corr(ln units, ln revenue) = {corr[0, 8]:F3}, corr(ln units, ln ad SP) = {corr[0, 3]:F3}, corr(ln units, ln price) = {corr[0, 1]:F3}");

// Read the heat map row by row. The three ad channels correlate at about **0.90** with each other (raw dollars: the
// smallest pair is 0.896), because they split one daily budget: a regression will struggle to tell their effects apart
// (multicollinearity, notebook 3). ln units correlate strongly with ln sessions, but sessions are the same day's
// outcome. ln revenue and ln referral fee are near-copies of each other: both are computed from units.

// ### 6.9 The leakage trap
//
// A **leaking feature** carries information about the target that would not be available when the model is used. The
// fee is computed *from* revenue, and revenue is units × price: a model with `referral_fee` as a feature "predicts" units
// from a disguised copy of units. Sessions and page views are subtler: they are the same day's traffic, caused by the
// same demand, and unknown when you forecast tomorrow.
//
// Fit an honest model of ln units on features a planner knows in advance, then add the fee:

// In [34] (cell "leak-honest")
const string honest = "log1p(units_sold) ~ log(selling_price) + C(category) + prime_day + bfcm + holiday_season + in_stock";
var fitHonest = Ols.Fit(honest, table);
var fitLeak = Ols.Fit(honest + " + log1p(referral_fee)", table);
var fitTraffic = Ols.Fit(honest + " + log1p(sessions)", table);
CellValue.Show(() => Tables.ToDataFrame(new[] { ("honest (planned features)", fitHonest), ("+ ln referral fee (leak)", fitLeak), ("+ ln sessions (same-day outcome)", fitTraffic) }
    .Select(m => new { model = m.Item1, rSquared = m.Item2.RSquared, residualSd = m.Item2.ResidualStandardError }), digits: 4));

// In [35] (cell "leak-check")
SelfCheck.That(fitHonest.ResponseName.Contains("units_sold"), "the target is units_sold (on the log scale)");
SelfCheck.Near(fitHonest.RSquared, 0.504, 0.005, "R² of the honest model");
SelfCheck.Near(fitLeak.RSquared, 0.980, 0.005, "R² with the referral fee: a red flag, not a success");
SelfCheck.Near(fitTraffic.RSquared, 0.948, 0.005, "R² with same-day sessions: also leakage for forecasting");

// The honest model explains **50.4 %** of the variance of ln units. Adding the fee lifts R² to **0.980**, and adding
// same-day sessions to **0.948**, yet neither model can forecast anything: next week's fee and next week's sessions are
// not known until the units are sold. A jump in R² that looks too good to be true usually is. The rule for every
// notebook that follows: **features must be known at prediction time**; `referral_fee`, `revenue`, `sessions` and
// `page_views` are never features for forecasting units.

// ## 7 · Exercises
//
// ### Exercise 1: Which category spends most on ads per dollar of sales?
// Compute TACoS (ad spend / revenue) for each category and find the highest. Then express it as "cents of ad spend per
// dollar of revenue".
// <details><summary>Hint</summary>
//
// `KpiCalculator.ByCategory(sales)` already has a `Tacos` column; `MaxBy` picks the row. Check your answer by summing
// the three ad-spend columns and the revenue of that category yourself.
// </details>

// In [36] (cell "exercise-1-solution")
var top = KpiCalculator.ByCategory(sales).MaxBy(c => c.Tacos)!;
var rows1 = sales.Where(r => r.Category == top.Group).ToList();
var tacos1 = rows1.Sum(r => r.AdSpendSponsoredProducts + r.AdSpendSponsoredBrands + r.AdSpendDisplay) / rows1.Sum(r => r.Revenue);
Console.WriteLine($"{top.Group}: {100 * top.Tacos:F1} cents of ad spend per dollar of revenue");
SelfCheck.Near(tacos1, top.Tacos, 1e-9, $"TACoS of {top.Group} recomputed from the raw columns");

// ### Exercise 2: The best week
// Resample daily **revenue** to weeks with Deedle (as in 6.3) and find the week with the highest revenue. Which event does
// it contain?
// <details><summary>Hint</summary>
//
// `DeedleLoader.DailySeries(table, "revenue")`, then `ResampleEquivalence(...)` with the Monday of each day's week, then
// look for the largest value (e.g. `series.Observations.MaxBy(kv => kv.Value)`).
// </details>

// In [37] (cell "exercise-2-solution")
var weeklyRevenue = DeedleLoader.DailySeries(table, "revenue").ResampleEquivalence(d => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)), w => w.Sum());
var best = weeklyRevenue.Observations.MaxBy(kv => kv.Value);
Console.WriteLine($"best week starts {best.Key:yyyy-MM-dd}: {best.Value:N0} USD");
SelfCheck.Near(weeklyRevenue.Sum(), kpi.Revenue, 0.01, "weekly revenue adds up to total revenue");
SelfCheck.That(sales.Any(r => (r.PrimeDay || r.BlackFridayCyberMonday) && r.Date.ToDateTime(TimeOnly.MinValue) >= best.Key && r.Date.ToDateTime(TimeOnly.MinValue) < best.Key.AddDays(7)), "the best week contains Prime Day or BFCM days");

// ### Exercise 3: Unmask the leak
// Show that `referral_fee` is a fixed share of `revenue` within each category: compute the ratio fee / revenue per
// category (on rows with revenue > 0) and compare it with the generator's fee rate.
// <details><summary>Hint</summary>
//
// Sum fees and revenue per category and divide; `truth.Category(name).ReferralFeeRate` has the true rate. Rounding to
// the cent makes the daily ratio wobble slightly, so compare with a tolerance of 0.001.
// </details>

// In [38] (cell "exercise-3-solution")
var feeRates = sales.Where(r => r.Revenue > 0).GroupBy(r => r.Category)
    .Select(g => new { category = g.Key, rate = g.Sum(r => r.ReferralFee) / g.Sum(r => r.Revenue), trueRate = truth.Category(g.Key).ReferralFeeRate }).ToList();
foreach (var f in feeRates) SelfCheck.Near(f.rate, f.trueRate, 0.001, $"fee rate of {f.category}");
CellValue.Show(() => Tables.ToDataFrame(feeRates, digits: 4));

// ### Exercise 4: What does a stock-out cost?
// Compare average units per SKU-day on in-stock and out-of-stock days, per category, and estimate the units lost over the
// two years as (in-stock mean − out-of-stock mean) × out-of-stock days. Why is this only a rough estimate?
// <details><summary>Hint</summary>
//
// Group by category, then split by `InStock`. It is rough because stock-outs are not spread evenly over the calendar (a
// stock-out in December loses more than one in February); a regression with calendar controls would do better.
// </details>

// In [39] (cell "exercise-4-solution")
var lost = sales.GroupBy(r => r.Category).Select(g => new {
    category = g.Key, outDays = g.Count(r => !r.InStock),
    lostUnits = (g.Where(r => r.InStock).Average(r => r.UnitsSold) - g.Where(r => !r.InStock).DefaultIfEmpty().Average(r => r?.UnitsSold ?? 0)) * g.Count(r => !r.InStock) }).ToList();
SelfCheck.That(lost.Sum(l => l.outDays) == sales.Count(r => !r.InStock), "out-of-stock days add up across categories");
SelfCheck.That(lost.All(l => l.lostUnits >= 0), "stock-outs never add units");
CellValue.Show(() => Tables.ToDataFrame(lost, digits: 4));

// ## Key takeaways
//
// - The business measures revenue ($69.98 M over two years), units (1.43 M), conversion (10.2 %), ad efficiency and
//   price position; with total revenue only, we report **TACoS (2.4 %) and total ROAS (41)**, not attributed ACoS/ROAS,
//   and neither is causal.
// - Each business question becomes a regression with a target, features known in advance, a unit of analysis and a
//   coefficient with a business meaning (elasticity, event lift, return per ad dollar).
// - The data pass every structural check (exact price and revenue identities, 731 × 48 complete panel, no duplicates
//   or missing values); robust z-scores find 7 of the 8 injected outliers with no false alarm.
// - Demand is multiplicative: weekends (+10 %), Prime Day (×3), BFCM (×4.5); logs turn it additive and make units
//   nearly symmetric (skewness 5.7 → 0.18).
// - The ad channels are ~0.9 correlated (multicollinearity ahead), and `referral_fee`, `revenue`, `sessions` and
//   `page_views` leak the target: R² 0.50 → 0.98 with the fee is a warning, not a result.

// ## Quiz
//
// 1. Your dashboard shows a ROAS of 8 computed as total revenue / ad spend. Why can't you tell the marketing manager that
//    each ad dollar returns $8?
//    <details><summary>Answer</summary>Total revenue includes organic sales that would happen without ads, so this is
//    total ROAS, not attributed ROAS; and even attributed ROAS is not causal. The incremental return of an extra dollar
//    needs a model that controls for the season and events that drive both spend and sales (notebook 3).</details>
// 2. A colleague's model of daily units has R² = 0.999 and uses `referral_fee`. What do you tell them?
//    <details><summary>Answer</summary>The fee is a fixed percentage of revenue = units × price: it is computed from
//    the target and unknown before the sale. The R² measures leakage, not skill; drop it (and same-day sessions for a
//    forecast).</details>
// 3. Why do we model ln(units) rather than units?
//    <details><summary>Answer</summary>Demand is multiplicative (discounts, events and weekdays scale units by a
//    factor), units are right-skewed with noise growing with the level; on the log scale effects add up, the distribution
//    is nearly symmetric, and a slope on ln price is an elasticity.</details>
// 4. Why are `selling_price`, `list_price` and `discount` never used together as features?
//    <details><summary>Answer</summary>selling_price = list_price − discount exactly on every row, so the three columns
//    are perfectly collinear and their separate coefficients are not identified.</details>
// 5. What is the unit of analysis of the data, and at which level does a demand planner need forecasts?
//    <details><summary>Answer</summary>One SKU-day per row; a planner orders per SKU per week (or per lead time), so
//    forecasts are aggregated to SKU-weeks and judged at that level.</details>

/// <summary>What the notebook shows below a cell that ends in an expression, printed: the value's text, or a
/// sequence's items one per line when it has no text of its own. Charts and tables print their text form.</summary>
static class CellValue
{
    /// <summary>Prints the value of a cell's last expression.</summary>
    public static void Show<T>(Func<T> expression) => Print(expression());

    /// <summary>Runs a cell's last expression that has no value (the notebook shows nothing).</summary>
    public static void Show(Action expression) => expression();

    private static void Print(object value)
    {
        if (value is System.Collections.IEnumerable items and not string
            && value.GetType().GetMethod("ToString", Type.EmptyTypes)?.DeclaringType == typeof(object))
        {
            foreach (var item in items)
            {
                Console.WriteLine(item);
            }

            return;
        }

        Console.WriteLine(value);
    }
}
