"""Page furniture copied with a story from a news site: the byline with a colon ('By: Tom Garrison'), date lines
('Published: June 22, 2021 at 7:30 AM PDT', 'Posted: Oct 30, 2021 / 08:14 PM EDT | Updated: ...'), 'Watch the
video above.'  None of it is a person, and the reading pipeline drops the lines.  (Hand-written texts, marked as
such.)"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import read_victims
from forcewatch.news.clean import clean_text

# hand-written
STORY = ("Man dies after Fairview officers use Tasers during arrest\n"
         "By: Tom Garrison\n"
         "Posted: Sep 18, 2020 / 05:15 PM EDT\n"
         "Updated: Sep 18, 2020 / 07:40 PM EDT\n"
         "Published: September 18, 2020 at 5:15 PM EDT\n"
         "Watch the video above.\n\n"
         "FAIRVIEW, N.C. — A man died after Fairview police officers shocked him with Tasers on Thursday night, the "
         "State Bureau of Investigation said.\n\n"
         "The medical examiner identified him as Anthony Ray Whitcomb, 41.")


@pytest.mark.parametrize("line", [
    "Posted: Sep 18, 2020 / 05:15 PM EDT",
    "Updated: Oct 30, 2021 / 10:51 PM EDT",
    "Published: June 22, 2021 at 7:30 AM PDT",
    "Last updated on March 3, 2022",
    "Published: Thursday, Dec. 3, 2020 10:40 AM",
    "Updated: 10:51 PM EDT Oct 30, 2021",
    "Watch the video above.",
])
def test_date_lines_and_video_prompts_are_dropped(line):
    assert clean_text(f"A real sentence stays.\n{line}\nAnother real sentence stays.") == \
        "A real sentence stays.\nAnother real sentence stays."


@pytest.mark.parametrize("line", [
    "Updated officers' training was ordered after the shooting.",
    "Posted officers stood guard at the hospital.",
    "Posted on Facebook in 2020, the video drew thousands of comments.",
])
def test_sentences_that_open_with_those_words_stay(line):
    assert clean_text(line) == line


@pytest.mark.parametrize("text", [STORY, clean_text(STORY)])
def test_furniture_is_no_person_killed(text):
    vs = read_victims(text, date(2020, 9, 18))
    assert [(v.name, v.age) for v in vs] == [("Anthony Ray Whitcomb", 41)]

