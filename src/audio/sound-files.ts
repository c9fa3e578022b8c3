/** The sound files made by tools/make-sounds.ts: Ogg Vorbis first, MP3 where Ogg is not played. */
import type { SoundId } from '../engine/vocabulary.ts';
import doorMp3 from '../../assets/sounds/door.mp3?url';
import doorOgg from '../../assets/sounds/door.ogg?url';
import knockMp3 from '../../assets/sounds/knock.mp3?url';
import knockOgg from '../../assets/sounds/knock.ogg?url';
import meetingMp3 from '../../assets/sounds/meeting.mp3?url';
import meetingOgg from '../../assets/sounds/meeting.ogg?url';
import officeMp3 from '../../assets/sounds/office.mp3?url';
import officeOgg from '../../assets/sounds/office.ogg?url';
import phoneMp3 from '../../assets/sounds/phone.mp3?url';
import phoneOgg from '../../assets/sounds/phone.ogg?url';
import streetMp3 from '../../assets/sounds/street.mp3?url';
import streetOgg from '../../assets/sounds/street.ogg?url';
import typingMp3 from '../../assets/sounds/typing.mp3?url';
import typingOgg from '../../assets/sounds/typing.ogg?url';
import wardMp3 from '../../assets/sounds/ward.mp3?url';
import wardOgg from '../../assets/sounds/ward.ogg?url';

export const SOUND_FILES: Record<SoundId, [string, string]> = {
  door: [doorOgg, doorMp3],
  knock: [knockOgg, knockMp3],
  meeting: [meetingOgg, meetingMp3],
  office: [officeOgg, officeMp3],
  phone: [phoneOgg, phoneMp3],
  street: [streetOgg, streetMp3],
  typing: [typingOgg, typingMp3],
  ward: [wardOgg, wardMp3],
};
