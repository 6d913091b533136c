# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Ausztria
country-be = Belgium
country-bg = Bulgária
country-cy = Ciprus
country-cz = Csehország
country-de = Németország
country-dk = Dánia
country-ee = Észtország
country-es = Spanyolország
country-fi = Finnország
country-fr = Franciaország
country-gr = Görögország
country-hr = Horvátország
country-hu = Magyarország
country-ie = Írország
country-is = Izland
country-it = Olaszország
country-li = Liechtenstein
country-lt = Litvánia
country-lu = Luxemburg
country-lv = Lettország
country-mt = Málta
country-nl = Hollandia
country-no = Norvégia
country-pl = Lengyelország
country-pt = Portugália
country-ro = Románia
country-se = Svédország
country-si = Szlovénia
country-sk = Szlovákia
