namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// Marketplace events per day. Prime Day uses the real dates for 2024 (Jul 16–17) and 2025 (Jul 8–11) and, for other
/// years, the two days from the second Tuesday of July. Black Friday–Cyber Monday runs from the day after the fourth
/// Thursday of November to the following Monday. The holiday season is Nov 15–Dec 24 and contains BFCM.
/// </summary>
internal sealed class EventCalendar
{
    public const string PrimeDayName = "prime_day";
    public const string BfcmName = "bfcm";
    public const string HolidayName = "holiday_season";

    private EventCalendar(DateOnly start, int days)
    {
        Start = start;
        PrimeDay = new bool[days];
        Bfcm = new bool[days];
        Holiday = new bool[days];
        DealEvent = Enumerable.Repeat(-1, days).ToArray();
    }

    public DateOnly Start { get; }

    public bool[] PrimeDay { get; }

    public bool[] Bfcm { get; }

    public bool[] Holiday { get; }

    /// <summary>Index of the Prime Day or BFCM period covering each day (the deal event), or −1.</summary>
    public int[] DealEvent { get; }

    /// <summary>Number of Prime Day and BFCM periods overlapping the data.</summary>
    public int DealEventCount { get; private set; }

    public List<EventPeriod> Periods { get; } = [];

    public int Days => PrimeDay.Length;

    public static EventCalendar Build(DateOnly start, DateOnly end)
    {
        var calendar = new EventCalendar(start, end.DayNumber - start.DayNumber + 1);
        var periods = new List<EventPeriod>();
        for (var year = start.Year; year <= end.Year; year++)
        {
            periods.Add(PrimeDayOf(year));
            var blackFriday = FourthThursdayOfNovember(year).AddDays(1);
            periods.Add(new EventPeriod(BfcmName, blackFriday, blackFriday.AddDays(3)));
            periods.Add(new EventPeriod(HolidayName, new DateOnly(year, 11, 15), new DateOnly(year, 12, 24)));
        }

        foreach (var period in periods.Where(p => p.End >= start && p.Start <= end).OrderBy(p => p.Start))
        {
            calendar.Add(period, end);
        }

        return calendar;
    }

    private void Add(EventPeriod period, DateOnly end)
    {
        Periods.Add(period);
        var isDeal = period.Name != HolidayName;
        var flags = period.Name switch
        {
            PrimeDayName => PrimeDay,
            BfcmName => Bfcm,
            _ => Holiday,
        };
        var first = Math.Max(period.Start.DayNumber, Start.DayNumber);
        var last = Math.Min(period.End.DayNumber, end.DayNumber);
        for (var day = first; day <= last; day++)
        {
            flags[day - Start.DayNumber] = true;
            if (isDeal)
            {
                DealEvent[day - Start.DayNumber] = DealEventCount;
            }
        }

        if (isDeal)
        {
            DealEventCount++;
        }
    }

    private static EventPeriod PrimeDayOf(int year) =>
        year switch
        {
            2024 => new EventPeriod(PrimeDayName, new DateOnly(2024, 7, 16), new DateOnly(2024, 7, 17)),
            2025 => new EventPeriod(PrimeDayName, new DateOnly(2025, 7, 8), new DateOnly(2025, 7, 11)),
            _ => new EventPeriod(PrimeDayName, SecondTuesdayOfJuly(year), SecondTuesdayOfJuly(year).AddDays(1)),
        };

    private static DateOnly SecondTuesdayOfJuly(int year)
    {
        var first = new DateOnly(year, 7, 1);
        var offset = ((int)DayOfWeek.Tuesday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7);
    }

    private static DateOnly FourthThursdayOfNovember(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var offset = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 21);
    }
}
