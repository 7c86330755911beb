package org.pyjit.interp.lib;

import org.junit.jupiter.api.Test;

/** Seeded Python programs using random, run through the interpreter: the same numbers as CPython. Expected outputs are CPython 3.11's. */
class RandomModuleTest {
    @Test
    void seeded() {
        PythonPrograms.assertOutput("""
                import random
                for s in (0, 42, 12345, 2**70, -5, 'hello', b'abc', 3.5, True):
                    random.seed(s)
                    print(s, random.random(), random.randint(1, 100), random.randrange(10), random.randrange(5, 50, 7), random.choice('abcdef'), random.uniform(1, 2), random.getrandbits(40), random.getrandbits(100))
                    l = list(range(10)); random.shuffle(l); print(l)
                    print(random.sample(range(100), 5), random.sample(['a', 'b', 'c'], 3), random.sample(range(10000), 12))
                    print(random.choices('abc', k=5), random.choices(range(5), weights=[1, 2, 3, 4, 5], k=6), random.choices('xy', cum_weights=[1, 10], k=3), random.choices([1, 2]))
                    print(random.gauss(0, 1), random.gauss(5, 2), random.normalvariate(), random.expovariate(2.0), random.triangular(), random.triangular(0, 10, 3))
                    print(random.randrange(-10, 10), random.randrange(10, 0, -3), random.randint(-2**70, 2**70), random.randrange(2**80), random.randbytes(5))
                r = random.Random(7); print(r.random(), r.randint(1, 6), r.choice([1, 2, 3]))
                r2 = random.Random(7); print(r2.random())
                st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
                print(random.sample([1, 2, 3, 4], k=2, counts=[1, 1, 1, 5]) is not None)
                random.seed(99); print(random.sample(['r', 'g', 'b'], counts=[2, 3, 4], k=5))
                for t in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 1), lambda: random.randint(3, 1), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2), lambda: random.choices([1], [1, 2]), lambda: random.choices([1], [0]), lambda: random.randrange(1, 10, 0), lambda: random.seed([1]), lambda: random.getrandbits(-1), lambda: random.randrange(1.5), lambda: random.choices([1,2], 2), lambda: random.randrange(10, step=2)]:
                  try: print(t())
                  except Exception as e: print(type(e).__name__, e)
                """,
                """
                0 0.8444218515250481 98 6 5 c 1.965464886361917 444468675045 382660370606500376139569129395
                [6, 9, 0, 8, 2, 1, 4, 3, 5, 7]
                [68, 90, 77, 18, 39] ['a', 'c', 'b'] [7735, 9171, 1649, 5796, 7113, 5180, 3350, 9052, 7815, 7253, 8541, 4267]
                ['a', 'c', 'c', 'a', 'c'] [4, 4, 3, 3, 4, 2] ['y', 'y', 'x'] [2]
                0.31895696631247955 8.550141244176537 -1.3420072610483074 0.04782389300006614 0.941782964539915 7.042993086502873
                5 10 194636526602018332139 1075911654439044921561719 b'm3u\\x17\\x98'
                42 0.6394267984578837 4 4 12 b 1.139537928525144 743469555623 122436551213992682217031886515
                [3, 5, 2, 4, 1, 8, 7, 0, 6, 9]
                [71, 25, 91, 83, 89] ['c', 'b', 'a'] [7359, 9654, 4557, 106, 2615, 6924, 5574, 4552, 2547, 3527, 5514, 1674]
                ['a', 'a', 'c', 'b', 'c'] [4, 3, 4, 2, 3, 4] ['y', 'y', 'y'] [2]
                0.6896141700205516 5.4084616858467705 -0.3926403465950848 0.1324979381960011 0.22472364073426845 2.8877687049524523
                1 7 -196360597072420524536 1117672790925973398482379 b'\\xf7\\xfd#aE'
                12345 0.41661987254534116 2 4 47 c 1.9317846908693115 619635983370 108785325519914194177973070416
                [5, 0, 3, 7, 1, 9, 8, 2, 4, 6]
                [67, 94, 52, 74, 64] ['a', 'c', 'b'] [1275, 3112, 5596, 5276, 385, 7517, 5562, 440, 8367, 6807, 56, 109]
                ['c', 'c', 'c', 'a', 'a'] [3, 4, 3, 4, 2, 3] ['y', 'y', 'y'] [1]
                0.48814548497803 4.001246329209245 1.164080495858587 0.10279203753937088 0.5464631317806214 4.192828313437414
                -6 10 242835489915290171077 933315912194583480181798 b'\\xb0\\xfb\\xe1R\\x03'
                1180591620717411303424 0.2327882718301838 54 7 5 a 1.655653903099609 172993945314 1083069241485167913496839444250
                [1, 5, 6, 9, 7, 0, 2, 4, 8, 3]
                [68, 22, 83, 25, 79] ['b', 'c', 'a'] [5607, 671, 7602, 271, 7385, 2382, 8320, 1281, 7976, 9190, 778, 3128]
                ['a', 'b', 'b', 'a', 'b'] [2, 4, 4, 4, 4, 3] ['x', 'x', 'y'] [2]
                0.9854356091620476 5.170924976240794 1.6026426200160693 0.2748604215037568 0.033746423426337394 4.188555440248427
                0 4 246272564708948621255 377366309654201366621074 b'\\x04\\xf2\\xc7\\x81\\x15'
                -5 0.6229016948897019 95 5 47 f 1.9424502837770503 716142411305 1032264143416078655871868829088
                [4, 6, 5, 8, 2, 9, 1, 0, 3, 7]
                [69, 13, 73, 31, 1] ['c', 'a', 'b'] [4579, 2983, 6380, 2614, 1178, 2273, 7288, 2075, 2166, 29, 87, 3431]
                ['c', 'c', 'a', 'a', 'a'] [1, 4, 3, 1, 4, 1] ['y', 'y', 'x'] [1]
                0.7198188084746986 4.3855075808808035 -1.5797304917226087 0.44111528374730663 0.5505441904617885 5.476431792219542
                -8 4 273353410545783950955 763542030632903146347973 b'\\x86LM/{'
                hello 0.3537754404730722 85 8 5 b 1.3546827066770692 411143098645 209413235427814290082182184855
                [5, 8, 9, 3, 7, 1, 6, 4, 0, 2]
                [22, 97, 65, 41, 60] ['c', 'b', 'a'] [290, 1425, 4822, 4180, 2070, 9235, 1526, 7569, 9853, 3405, 8708, 6648]
                ['c', 'c', 'a', 'a', 'a'] [4, 0, 2, 3, 4, 3] ['y', 'y', 'y'] [1]
                0.35807468461562925 6.102617656527182 0.48186488152795043 0.3160750746310396 0.5866999723070087 2.1916690952992877
                0 10 126152964329632127555 503180953270812752833479 b'\\x8e\\xaf\\x92\\xed$'
                b'abc' 0.7720246314157545 72 7 40 c 1.9570994438794633 999759853927 329668967384111231200779582128
                [2, 7, 8, 4, 9, 6, 5, 1, 3, 0]
                [34, 86, 15, 49, 97] ['c', 'b', 'a'] [7159, 1821, 7540, 537, 5784, 6574, 6489, 8780, 9932, 739, 5694, 5732]
                ['a', 'b', 'b', 'a', 'a'] [4, 2, 3, 4, 2, 3] ['y', 'y', 'y'] [1]
                -0.1635306325711429 2.3555949618307346 -0.4874107134295491 0.6610216746053601 0.6684734180231259 4.808649044851595
                1 7 401846962616314848860 590609057749709615345096 b'E9d\\xc6K'
                3.5 0.3039190124834461 30 0 33 a 1.1757352367375127 465206243492 637518176486966132898109755883
                [1, 8, 3, 9, 4, 5, 0, 7, 6, 2]
                [13, 73, 84, 92, 71] ['c', 'b', 'a'] [8486, 8715, 8720, 5390, 9469, 2821, 5836, 8065, 6098, 19, 9769, 7641]
                ['a', 'c', 'c', 'a', 'c'] [3, 0, 3, 4, 3, 3] ['y', 'y', 'y'] [1]
                0.005702706605804682 5.737299993446568 0.1164153496726653 0.03647574966429215 0.08147573754616474 4.019829047924444
                1 10 -702666370510116505120 343377245882263285504055 b'C22"\\x93'
                True 0.13436424411240122 98 1 19 a 1.4954350870919408 517326624931 300173589674248222863405272091
                [4, 9, 2, 8, 5, 3, 6, 0, 7, 1]
                [34, 92, 29, 75, 13] ['b', 'a', 'c'] [416, 8870, 150, 6245, 3548, 6915, 475, 8644, 3632, 7174, 8123, 9058]
                ['a', 'a', 'a', 'b', 'a'] [0, 4, 3, 3, 1, 4] ['y', 'y', 'y'] [2]
                -0.5667985669491524 0.4435541378645098 -0.7862098061821918 0.5547945061584151 0.38946662946452654 4.626978729806587
                5 1 -1017277283653098350055 1001739447977793869229912 b'\\xaf\\xa1,\\xaa,'
                0.32383276483316237 2 2
                0.32383276483316237
                True
                True
                ['b', 'b', 'r', 'g', 'b']
                IndexError Cannot choose from an empty sequence
                ValueError empty range for randrange()
                ValueError empty range for randrange() (5, 1, -4)
                ValueError empty range for randrange() (3, 2, -1)
                TypeError Population must be a sequence.  For dicts or sets, use sorted(d).
                ValueError Sample larger than population or is negative
                ValueError The number of weights does not match the population
                ValueError Total of weights must be greater than zero
                ValueError zero step for randrange()
                TypeError The only supported seed types are: None,
                int, float, str, bytes, and bytearray.
                ValueError number of bits must be non-negative
                ValueError non-integer arg 1 for randrange()
                TypeError The number of choices must be a keyword argument: k=2
                TypeError Missing a non-None stop argument
                """);
    }
}
