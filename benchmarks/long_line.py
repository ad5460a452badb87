"""A hostile input: one article that is a single line of Arabic words with no sentence punctuation.

    .venv/bin/python benchmarks/long_line.py --mb 30 -o /tmp/big30.txt
    /usr/bin/time -v .venv/bin/kg build /tmp/big30.txt --out /tmp/big30-out --quiet

The words are drawn (seeded, so the file is the same every time) from a small vocabulary of
ordinary news words, verbs that state relations, and names of places, countries and bodies, so
that the extractor meets mentions and triggers as it would in real text, only never a full stop,
comma or line break. Sizes are in UTF-8 megabytes (an Arabic letter is two bytes).
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

WORDS = """
في على من إلى مع بعد قبل عند حول ضد بين خلال منذ حتى أن إن لكن ثم كما أيضا الذي التي الذين هذا هذه
ذلك تلك يوم اليوم أمس الماضي المقبل الأسبوع الشهر العام صباح مساء المدينة المنطقة القرية الطريق
الحدود السكان الأهالي المدنيين الأطفال المدارس المستشفى الأسواق الأسعار الخبز الوقود الكهرباء
المياه الأمطار الطقس الاقتصاد التجارة الزراعة المصانع العمال الطلاب الجامعة الانتخابات البرلمان
المفاوضات الاتفاق الهدنة المعارك القصف الغارات الاشتباكات القوات العسكرية الأمنية الجنود
المقاتلين الفصائل المسلحة المعارضة الحكومة الوزارة الرئيس الوزير المتحدث باسم مصادر محلية
كبيرة صغيرة جديدة قديمة واسعة عنيفة شديدة كثيرة قليلة مختلفة عديدة الأولى الثانية الثالثة
قال أعلن أكد أفاد ذكر أشار أضاف نفى سيطر هاجم قصف انسحب دخل التقى زار استقبل دعم وقع ناقش
بحث طالب دعا رفض وافق شارك قتل أصيب اعتقل أطلق سراح يسيطر يهاجم يدعم يلتقي تسيطر تقصف
سوريا دمشق حلب حمص حماة إدلب درعا اللاذقية دير الزور الرقة لبنان بيروت صيدا العراق بغداد الموصل
البصرة الأردن عمان مصر القاهرة تركيا أنقرة إسطنبول إيران طهران السعودية الرياض قطر الدوحة
اليمن صنعاء عدن ليبيا طرابلس السودان الخرطوم روسيا موسكو الصين فرنسا باريس ألمانيا برلين
الولايات المتحدة واشنطن الأمم المتحدة الاتحاد الأوروبي جامعة الدول العربية مجلس الأمن
الجيش السوري الجيش اللبناني الجيش التركي حزب الله حركة حماس المرصد السوري لحقوق الإنسان
الهلال الأحمر منظمة الصحة العالمية وكالة الأنباء
""".split()


def write_line(path: Path, megabytes: float, seed: int = 17) -> int:
    """Write one line of about ``megabytes`` MB (UTF-8) to path; return its length in characters."""
    rng = random.Random(seed)
    target = int(megabytes * 2**20)
    size = chars = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            chunk = " ".join(rng.choices(WORDS, k=10_000)) + " "
            f.write(chunk)
            size += len(chunk.encode("utf-8"))
            chars += len(chunk)
    return chars


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=30.0, help="size in MB (default 30)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args(argv)
    n = write_line(Path(args.output), args.mb, args.seed)
    print(f"wrote {n:,} characters ({Path(args.output).stat().st_size / 2**20:.1f} MB) in one line to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
