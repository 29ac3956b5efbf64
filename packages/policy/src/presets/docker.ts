import { definePreset } from './define.js';

/** Container image builds and the Compose, Bake and Earthly files that drive them. */
export const DOCKER_PRESET = definePreset({
  name: 'docker',
  summary: 'Container builds: Dockerfiles and Containerfiles, Compose, Bake, build context ignore files and Earthly.',
  entries: [
    { glob: '**/dockerfile', why: 'Image build steps; each RUN line is a shell command run by the builder.' },
    { glob: '**/dockerfile.*', why: 'Image build steps; each RUN line is a shell command run by the builder.' },
    { glob: '**/*.dockerfile', why: 'Image build steps; each RUN line is a shell command run by the builder.' },
    { glob: '**/containerfile', why: 'Image build steps for Podman and Buildah; each RUN line is a shell command.' },
    { glob: '**/containerfile.*', why: 'Image build steps for Podman and Buildah; each RUN line is a shell command.' },
    { glob: '**/docker-compose*.yml', why: 'Compose builds and starts containers with the images, mounts and privileges declared here.' },
    { glob: '**/docker-compose*.yaml', why: 'Compose builds and starts containers with the images, mounts and privileges declared here.' },
    { glob: '**/compose.yml', why: 'Compose builds and starts containers with the images, mounts and privileges declared here.' },
    { glob: '**/compose.yaml', why: 'Compose builds and starts containers with the images, mounts and privileges declared here.' },
    { glob: '**/compose.*.yml', why: 'Compose override file; changes the images, mounts and privileges of the containers.' },
    { glob: '**/compose.*.yaml', why: 'Compose override file; changes the images, mounts and privileges of the containers.' },
    { glob: '**/docker-bake*.hcl', why: 'Bake targets: which Dockerfiles build, with which contexts, secrets and outputs.' },
    { glob: '**/docker-bake*.json', why: 'Bake targets: which Dockerfiles build, with which contexts, secrets and outputs.' },
    { glob: '**/.dockerignore', why: 'Decides which files enter the build context, and so which files an image can copy.' },
    { glob: '**/*.dockerignore', why: 'Decides which files enter the build context of one Dockerfile.' },
    { glob: '**/earthfile', why: 'Earthly runs the targets here, including their RUN commands.' },
  ],
});
